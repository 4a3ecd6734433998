-- Referrals to a hub and their triage. Owned by the referral module.
create schema if not exists referral;

create table referral.referral (
    id                   uuid primary key,
    hub_id               uuid not null,
    person_id            uuid,
    referrer_id          uuid not null,
    referrer_agency_id   uuid not null,
    channel              text not null check (channel in ('PRACTITIONER', 'PHONE', 'PUBLIC')),
    contact_description  text,
    concern              text not null,
    observed             text,
    observed_on          date,
    concern_type         text not null,
    vulnerabilities      text[] not null default '{}',
    person_aware         text not null check (person_aware in ('YES', 'NO', 'NOT_KNOWN')),
    consent              text not null check (consent in ('GIVEN', 'REFUSED', 'NOT_ASKED')),
    urgency              text not null check (urgency in ('ROUTINE', 'SOON', 'URGENT')),
    status               text not null check (status in ('IN_TRIAGE', 'TAKEN_ON', 'SIGNPOSTED', 'NO_FURTHER_ACTION', 'CLOSED')),
    received_at          timestamptz not null,
    decided_at           timestamptz,
    closed_at            timestamptz,
    version              bigint not null default 0
);
create index referral_hub_idx on referral.referral (hub_id, status, received_at);
create index referral_referrer_idx on referral.referral (referrer_id, received_at desc);
create index referral_person_idx on referral.referral (person_id);

create table referral.triage (
    referral_id    uuid primary key references referral.referral (id),
    decision       text not null check (decision in ('PROCEED', 'SIGNPOST', 'NO_FURTHER_ACTION')),
    rationale      text not null,
    signposted_to  text,
    decided_by     uuid not null,
    decided_at     timestamptz not null,
    check (decision <> 'SIGNPOST' or signposted_to is not null)
);

-- The police member answers only "proceed" or "hold": the hub learns nothing about whether an
-- investigation exists.
create table referral.deconfliction (
    referral_id   uuid primary key references referral.referral (id),
    requested_by  uuid not null,
    requested_at  timestamptz not null,
    answer        text check (answer in ('PROCEED', 'HOLD')),
    review_on     date,
    answered_by   uuid,
    answered_at   timestamptz,
    check (answer <> 'HOLD' or review_on is not null)
);
