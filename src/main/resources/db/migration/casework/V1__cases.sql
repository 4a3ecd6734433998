-- Cases a hub took on: one case owner, a case team from the member agencies. Owned by the casework module.
create schema if not exists casework;

create table casework.case_file (
    id           uuid primary key,
    referral_id  uuid not null unique,
    hub_id       uuid not null,
    person_id    uuid,
    owner_id     uuid,
    opened_at    timestamptz not null,
    closed_at    timestamptz,
    version      bigint not null default 0
);
create index case_hub_idx on casework.case_file (hub_id, closed_at);
create index case_person_idx on casework.case_file (person_id) where closed_at is null;

create table casework.team_member (
    case_id    uuid not null references casework.case_file (id),
    user_id    uuid not null,
    agency_id  uuid not null,
    added_at   timestamptz not null,
    primary key (case_id, user_id)
);
create index team_member_user_idx on casework.team_member (user_id);
