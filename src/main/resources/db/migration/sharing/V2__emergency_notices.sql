-- Who is told when someone with emergency access opens health, security or justice information with the second
-- step: staff of each agency that recorded such information in the case and holds a role in the case's hub, and
-- that agency's data protection officers. One row per recipient, written in the grant's transaction; the reason
-- stays with the grant (casework.emergency_access) and is not copied here.
create table sharing.emergency_notice (
    id                   uuid primary key,
    grant_id             uuid not null,
    case_id              uuid not null,
    hub_id               uuid not null,
    category             text not null check (category in ('HEALTH', 'SECURITY', 'JUSTICE')),
    recording_agency_id  uuid not null,
    recipient_id         uuid not null,
    opened_by            uuid not null,
    opened_by_agency_id  uuid not null,
    opened_at            timestamptz not null,
    seen_at              timestamptz,
    unique (grant_id, recipient_id)
);
create index emergency_notice_recipient_idx on sharing.emergency_notice (recipient_id, opened_at desc);
create index emergency_notice_case_idx on sharing.emergency_notice (case_id);
