-- The person registry: who a referral is about, as far as it is known. Owned by the person module.
-- Nothing is ever deleted or overwritten by a merge: a merged record points at the record it joined,
-- and an unmerge clears the pointer, so both records come back exactly as they were.
create schema if not exists person;

create table person.person (
    id            uuid primary key,
    birth_year    smallint check (birth_year between 1900 and 2200),
    birth_month   smallint check (birth_month between 1 and 12),
    birth_day     smallint check (birth_day between 1 and 31),
    sex           text check (sex in ('FEMALE', 'MALE', 'INTERSEX', 'NOT_KNOWN')),
    gender        text,
    languages     text[] not null default '{}',
    merged_into   uuid references person.person (id),
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint not null default 0,
    check (birth_month is null or birth_year is not null),
    check (birth_day is null or birth_month is not null),
    check (merged_into is null or merged_into <> id)
);

create table person.name (
    id           uuid primary key,
    person_id    uuid not null references person.person (id),
    kind         text not null check (kind in ('NAME', 'ALIAS', 'OTHER_SCRIPT')),
    given_names  text,
    surname      text,
    script       text,
    position     integer not null,
    check (given_names is not null or surname is not null)
);
create index name_person_idx on person.name (person_id, position);

create table person.address (
    id          uuid primary key,
    person_id   uuid not null references person.person (id),
    street      text,
    postcode    text,
    locality    text,
    country     char(2),
    valid_from  date,
    valid_to    date,
    check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index address_person_idx on person.address (person_id);

create table person.identifier (
    person_id  uuid not null references person.person (id),
    kind       text not null,
    value      text not null,
    primary key (person_id, kind, value)
);

create table person.relation (
    person_id          uuid not null references person.person (id),
    related_person_id  uuid not null references person.person (id),
    kind               text not null check (kind in ('GUARDIAN', 'RELATIVE')),
    description        text,
    primary key (person_id, related_person_id, kind),
    check (person_id <> related_person_id)
);

-- Which hubs know a person: "already known?" looks only among the hub's own people, so that a hub never
-- learns from the registry that another hub knows someone.
create table person.hub_link (
    person_id  uuid not null references person.person (id),
    hub_id     uuid not null,
    linked_at  timestamptz not null,
    primary key (person_id, hub_id)
);
create index hub_link_hub_idx on person.hub_link (hub_id, person_id);

-- Blocking keys from the matcher: candidates share at least one key with the person being looked for.
create table person.match_key (
    person_id  uuid not null references person.person (id),
    key        text not null,
    primary key (key, person_id)
);
create index match_key_person_idx on person.match_key (person_id);

create table person.merge (
    id              uuid primary key,
    survivor_id     uuid not null references person.person (id),
    merged_id       uuid not null references person.person (id),
    reason          text not null,
    merged_by       uuid not null,
    merged_at       timestamptz not null,
    unmerged_by     uuid,
    unmerged_at     timestamptz,
    unmerge_reason  text,
    check (survivor_id <> merged_id)
);
create index merge_merged_idx on person.merge (merged_id) where unmerged_at is null;
