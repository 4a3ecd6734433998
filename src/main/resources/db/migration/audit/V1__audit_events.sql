-- The audit trail: who touched what, when, from where, and how it ended. Never the content itself.
create schema if not exists audit;

create table audit.event (
    sequence         bigint generated always as identity primary key,
    occurred_at      timestamptz not null,
    actor_user_id    uuid,
    actor_username   text,
    actor_agency_id  uuid,
    actor_roles      text[] not null default '{}',
    action           text not null,
    outcome          text not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    subject_type     text,
    subject_id       text,
    purpose          text,
    reason           text,
    client_address   text
);

create index event_subject_idx on audit.event (subject_type, subject_id, sequence desc);
create index event_action_idx on audit.event (action, sequence desc);

-- Append-only: the application has no update or delete path, and the database refuses one too.
create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit.event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger event_append_only
    before update or delete on audit.event
    for each row execute function audit.refuse_change();

create trigger event_no_truncate
    before truncate on audit.event
    for each statement execute function audit.refuse_change();
