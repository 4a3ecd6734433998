-- Break the glass: time-limited access to a case by a practitioner of the hub who is not entitled to it,
-- with the stated reason, until the data protection officer has reviewed it. Health information needs a
-- grant of its own (scope HEALTH), taken with a fresh authenticator code.
create table casework.emergency_access (
    id            uuid primary key,
    case_id       uuid not null references casework.case_file (id),
    user_id       uuid not null,
    agency_id     uuid not null,
    scope         text not null check (scope in ('CASE', 'HEALTH')),
    reason        text not null check (length(reason) between 20 and 2000),
    opened_at     timestamptz not null,
    expires_at    timestamptz not null check (expires_at > opened_at),
    reviewed_at   timestamptz,
    reviewed_by   uuid,
    review_note   text
);
create index emergency_access_case_user_idx on casework.emergency_access (case_id, user_id, expires_at);
create index emergency_access_unreviewed_idx on casework.emergency_access (opened_at) where reviewed_at is null;

-- A member leaves the team with a trace; their access ends at their next request.
create table casework.team_departure (
    case_id     uuid not null references casework.case_file (id),
    user_id     uuid not null,
    agency_id   uuid not null,
    added_at    timestamptz not null,
    removed_at  timestamptz not null,
    removed_by  uuid not null
);
