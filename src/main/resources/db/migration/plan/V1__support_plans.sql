-- A case's support plan, in versions: the draft the case owner edits, then agreed by the person (or, for a minor,
-- the guardian) and kept as it was agreed; revising starts the next version. Owned by the plan module. The case is
-- casework's: referred to by id only, and erased with it (CaseErasureDue).
create schema if not exists plan;

create table plan.plan_version (
    case_id         uuid not null,
    number          int not null check (number >= 1),
    created_at      timestamptz not null,
    created_by      uuid not null,
    -- the agreement: all or nothing, and once recorded the version no longer changes (but for task progress)
    decided_by      text check (decided_by in ('PERSON', 'GUARDIAN')),
    decided_on      date,
    obtained        text check (obtained in ('WRITTEN', 'ORAL', 'ELECTRONIC')),
    agreement_note  text,
    agreed_by       uuid,
    agreed_at       timestamptz,
    -- what every edit form carries: a save typed against an older row version is refused, never applied over it
    row_version     bigint not null default 1,
    primary key (case_id, number),
    check ((decided_by is null) = (agreed_at is null) and (decided_by is null) = (decided_on is null)
           and (decided_by is null) = (obtained is null) and (decided_by is null) = (agreed_by is null))
);

create table plan.goal (
    id              uuid primary key,
    case_id         uuid not null,
    number          int not null,
    position        int not null,
    statement       text not null,
    indicator       text not null,
    baseline        text not null,
    target          text not null,
    responsible_id  uuid not null,
    due_on          date not null,
    foreign key (case_id, number) references plan.plan_version (case_id, number),
    check (lower(baseline) <> lower(target))
);
create index goal_version_idx on plan.goal (case_id, number, position);

create table plan.task (
    id           uuid primary key,
    goal_id      uuid not null references plan.goal (id),
    position     int not null,
    title        text not null,
    assignee_id  uuid not null,
    starts_on    date not null,
    due_on       date not null check (due_on >= starts_on),
    done_at      timestamptz
);
create index task_goal_idx on plan.task (goal_id, position);
