-- Hubs, their member agencies and people, and their information-sharing agreements. Owned by the hub module.
create schema if not exists hub;

create table hub.hub (
    id                 uuid primary key,
    name               text not null check (length(name) between 1 and 200),
    level              text not null check (level in ('LOCAL', 'REGIONAL', 'NATIONAL')),
    country            char(2) not null,
    region             text,
    framework          text,
    meeting_rhythm     text,
    evaluation_rhythm  text,
    contact_name       text,
    contact_email      text,
    contact_phone      text,
    contact_hours      text,
    after_referral     text,
    supported_by       uuid references hub.hub (id),
    published          boolean not null default false,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint not null default 0,
    check (supported_by is null or supported_by <> id)
);

create unique index hub_name_key on hub.hub (country, lower(name));

create table hub.member_agency (
    hub_id        uuid not null references hub.hub (id),
    agency_id     uuid not null,
    role_in_hub   text,
    primary key (hub_id, agency_id)
);

create table hub.member (
    hub_id     uuid not null references hub.hub (id),
    user_id    uuid not null,
    agency_id  uuid not null,
    hub_role   text not null check (hub_role in ('COORDINATOR', 'STANDING_MEMBER', 'ADVISOR')),
    primary key (hub_id, user_id),
    foreign key (hub_id, agency_id) references hub.member_agency (hub_id, agency_id)
);

create table hub.agreement (
    id          uuid primary key,
    hub_id      uuid not null references hub.hub (id),
    title       text not null check (length(title) between 1 and 200),
    created_at  timestamptz not null,
    -- the number of the latest version: a new version is made only from the latest, so two people
    -- changing one agreement at once cannot overwrite each other
    latest      integer not null default 0
);

-- A version never changes once made, except by gathering the parties' signatures.
create table hub.agreement_version (
    agreement_id  uuid not null references hub.agreement (id),
    number        integer not null check (number > 0),
    starts_on     date not null,
    ends_on       date,
    review_on     date not null,
    retention     text not null,
    change_note   text,
    created_at    timestamptz not null,
    created_by    uuid not null,
    primary key (agreement_id, number),
    check (ends_on is null or ends_on >= starts_on),
    check (review_on >= starts_on)
);

create table hub.agreement_party (
    agreement_id  uuid not null,
    number        integer not null,
    agency_id     uuid not null,
    primary key (agreement_id, number, agency_id),
    foreign key (agreement_id, number) references hub.agreement_version (agreement_id, number)
);

create table hub.agreement_purpose (
    agreement_id     uuid not null,
    number           integer not null,
    purpose          text not null,
    art6_basis       text not null,
    art9_condition   text,
    criminal_basis   text,
    legal_reference  text not null,
    primary key (agreement_id, number, purpose),
    foreign key (agreement_id, number) references hub.agreement_version (agreement_id, number)
);

create table hub.agreement_flow (
    agreement_id  uuid not null,
    number        integer not null,
    clause        integer not null check (clause > 0),
    category      text not null,
    from_sector   text not null,
    to_sector     text not null,
    purpose       text not null,
    primary key (agreement_id, number, clause),
    unique (agreement_id, number, category, from_sector, to_sector, purpose),
    foreign key (agreement_id, number, purpose) references hub.agreement_purpose (agreement_id, number, purpose)
);

create table hub.agreement_signature (
    agreement_id    uuid not null,
    number          integer not null,
    agency_id       uuid not null,
    signed_by       uuid not null,
    signatory_name  text not null,
    signed_on       date not null,
    recorded_at     timestamptz not null,
    primary key (agreement_id, number, agency_id),
    foreign key (agreement_id, number, agency_id) references hub.agreement_party (agreement_id, number, agency_id)
);
