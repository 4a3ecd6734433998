-- What each agency does in prevention work, in its own words: its profile, the contact points people
-- use, and the professions it brings. Owned by the agency module. The profile has its own version, so
-- that an agency administrator describing the agency and a system administrator correcting its name never
-- refuse each other's saves.

create table agency.profile (
    agency_id              uuid primary key references agency.agency (id) on delete cascade,
    jurisdiction           text check (length(jurisdiction) between 1 and 200),
    prevention_work        text check (length(prevention_work) between 1 and 2000),
    responsibilities       text check (length(responsibilities) between 1 and 2000),
    publishes_staff_names  boolean not null default false,
    updated_at             timestamptz not null,
    version                bigint not null default 0
);

create table agency.contact_point (
    agency_id      uuid not null references agency.profile (agency_id) on delete cascade,
    position       smallint not null check (position between 0 and 9),
    label          text not null check (length(label) between 1 and 100),
    email          text check (length(email) between 1 and 254),
    phone          text check (length(phone) between 1 and 40),
    opening_hours  text check (length(opening_hours) between 1 and 200),
    primary key (agency_id, position),
    check (email is not null or phone is not null)
);

-- A profession's name as the identity module spells it; no list here, so that a new profession there needs
-- no migration here.
create table agency.profession (
    agency_id   uuid not null references agency.profile (agency_id) on delete cascade,
    profession  text not null check (profession ~ '^[A-Z][A-Z_]{0,39}$'),
    primary key (agency_id, profession)
);

create index profession_by_profession on agency.profession (profession);

-- every agency has a profile, described or not
insert into agency.profile (agency_id, updated_at)
select id, updated_at from agency.agency;
