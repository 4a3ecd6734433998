-- What practitioners record about a person in a case, each item in one data category and held by the agency
-- that recorded it; the consents the person (or, for a minor, the guardian) gave, refused or withdrew; and
-- the disclosure ledger: every item that crossed an agency boundary, why, on what ground, until when.
create schema if not exists sharing;

create table sharing.item (
    id                uuid primary key,
    case_id           uuid not null,
    category          text not null check (category in ('IDENTITY', 'HEALTH', 'SECURITY', 'SOCIAL', 'EDUCATION', 'JUSTICE')),
    kind              text not null check (kind in ('NOTE', 'OBSERVATION', 'SCREENER_RESULT', 'SUMMARY')),
    source_agency_id  uuid not null,
    author_id         uuid not null,
    recorded_at       timestamptz not null,
    -- the content, sealed by the vault and bound to this row: a ciphertext moved to another row does not open
    key_id            text not null,
    content           bytea not null,
    revision          int not null default 1,
    changed_at        timestamptz not null,
    version           bigint not null default 0
);
create index item_case_idx on sharing.item (case_id, recorded_at);

-- Rectification keeps what was there before, sealed as it was, with who changed it and why.
create table sharing.item_revision (
    item_id     uuid not null references sharing.item (id),
    revision    int not null,
    key_id      text not null,
    content     bytea not null,
    written_at  timestamptz not null,
    replaced_at timestamptz not null,
    replaced_by uuid not null,
    reason      text not null,
    primary key (item_id, revision)
);

create table sharing.consent (
    id                  uuid primary key,
    case_id             uuid not null,
    decision            text not null check (decision in ('GIVEN', 'REFUSED', 'WITHDRAWN')),
    decided_by          text not null check (decided_by in ('PERSON', 'GUARDIAN')),
    -- no agencies listed: every member agency of the hub
    agencies            uuid[] not null default '{}',
    categories          text[] not null,
    purposes            text[] not null,
    decided_on          date not null,
    obtained            text not null check (obtained in ('WRITTEN', 'ORAL', 'ELECTRONIC')),
    document_reference  text,
    capacity_note       text,
    withdraws           uuid references sharing.consent (id),
    recorded_by         uuid not null,
    recorded_at         timestamptz not null,
    check ((decision = 'WITHDRAWN') = (withdraws is not null))
);
create index consent_case_idx on sharing.consent (case_id, recorded_at);
create unique index consent_withdrawn_once on sharing.consent (withdraws) where withdraws is not null;

create table sharing.disclosure (
    id                  uuid primary key,
    case_id             uuid not null,
    from_agency_id      uuid not null,
    disclosed_by        uuid not null,
    to_case_team        boolean not null,
    -- the receiving agencies as they were at the moment of disclosure: an agency joining the team later
    -- does not inherit what was disclosed before it joined
    to_agencies         uuid[] not null check (cardinality(to_agencies) > 0),
    purpose             text not null,
    legal_basis         text not null,
    ground              text not null check (ground in ('CONSENT', 'VITAL_INTERESTS', 'LEGAL_OBLIGATION', 'PUBLIC_TASK')),
    consent_id          uuid references sharing.consent (id),
    statute             text,
    -- the clauses of the hub's agreement that cover each flow, as the sharing check cited them
    agreement_citation  text not null,
    disclosed_at        timestamptz not null,
    expires_at          timestamptz,
    revoked_at          timestamptz,
    revoked_by          uuid,
    review_flagged_at   timestamptz,
    check ((ground = 'CONSENT') = (consent_id is not null)),
    check (ground not in ('LEGAL_OBLIGATION', 'PUBLIC_TASK') or statute is not null)
);
create index disclosure_case_idx on sharing.disclosure (case_id, disclosed_at);
create index disclosure_consent_idx on sharing.disclosure (consent_id) where consent_id is not null;

create table sharing.disclosed_item (
    disclosure_id  uuid not null references sharing.disclosure (id),
    item_id        uuid not null references sharing.item (id),
    primary key (disclosure_id, item_id)
);
create index disclosed_item_item_idx on sharing.disclosed_item (item_id);
