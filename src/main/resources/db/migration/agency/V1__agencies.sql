-- The agencies of the network. Owned by the agency module.
create schema if not exists agency;

create table agency.agency (
    id              uuid primary key,
    name            text not null check (length(name) between 1 and 200),
    sector          text not null check (sector in ('POLICE', 'MENTAL_HEALTH_CARE', 'SOCIAL_CARE', 'EDUCATION',
                                                    'YOUTH_WORK', 'PRISON_AND_PROBATION', 'EXIT_PROGRAMME',
                                                    'LOCAL_AUTHORITY', 'NGO_COMMUNITY')),
    country         char(2) not null,
    region          text,
    contact_email   text,
    contact_phone   text,
    postal_address  text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint not null default 0
);

create unique index agency_name_key on agency.agency (country, lower(name));
