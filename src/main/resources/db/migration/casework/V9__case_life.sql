-- A case's life as named states (CaseLifecycle), and every move between them with who made it, when and why: the
-- team's record of how the work went. A case open before states existed stands where its facts put it: closed if
-- closed, gathering information once it had an owner, screening before. closed_at stays the moment it was last closed.
alter table casework.case_file add column state text;
update casework.case_file
   set state = case when closed_at is not null then 'CLOSED' when owner_id is not null then 'INFORMATION_GATHERING' else 'SCREENING' end;
alter table casework.case_file alter column state set not null;
alter table casework.case_file add constraint case_state_known
    check (state in ('SCREENING', 'INFORMATION_GATHERING', 'SUPPORT', 'REVIEW', 'CLOSED', 'FOLLOW_UP', 'ENDED'));
alter table casework.case_file add constraint case_closed_when_not_open
    check ((closed_at is null) = (state in ('SCREENING', 'INFORMATION_GATHERING', 'SUPPORT', 'REVIEW')));

-- moved_by is null for a move Tandem made itself (a follow-up falling due); the reason is erased with the case.
create table casework.case_transition (
    id          bigint generated always as identity primary key,
    case_id     uuid not null references casework.case_file (id),
    from_state  text not null,
    to_state    text not null,
    reason      text,
    moved_by    uuid,
    moved_at    timestamptz not null
);
create index case_transition_case_idx on casework.case_transition (case_id, moved_at);
