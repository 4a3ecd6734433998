-- Interventions in a plan version, chosen from the hub's catalogue (hub module) by their stable code: who provides
-- each (a member agency of the hub), who answers for it on the case team, when and how often, its status, and the goals
-- of the same version it serves. Tasks hang off a goal or off an intervention, never both. Owned by the plan module;
-- agencies, staff and catalogue entries are other modules' and referred to by id or code only.
create table plan.intervention (
    id              uuid primary key,
    case_id         uuid not null,
    number          int not null,
    position        int not null,
    code            text not null,
    provider_id     uuid not null,
    responsible_id  uuid not null,
    starts_on       date not null,
    frequency       text not null check (frequency in ('ONCE', 'WEEKLY', 'FORTNIGHTLY', 'MONTHLY', 'AS_NEEDED')),
    ends_on         date check (ends_on is null or ends_on >= starts_on),
    status          text not null check (status in ('PLANNED', 'RUNNING', 'PAUSED', 'ENDED')),
    foreign key (case_id, number) references plan.plan_version (case_id, number)
);
create index intervention_version_idx on plan.intervention (case_id, number, position);

-- the goals an intervention serves: goals of its own version (checked when saved; a revision copies both together)
create table plan.intervention_goal (
    intervention_id uuid not null references plan.intervention (id),
    goal_id         uuid not null references plan.goal (id),
    primary key (intervention_id, goal_id)
);
create index intervention_goal_goal_idx on plan.intervention_goal (goal_id);

alter table plan.task alter column goal_id drop not null;
alter table plan.task add column intervention_id uuid references plan.intervention (id);
alter table plan.task add constraint task_on_goal_or_intervention check ((goal_id is null) <> (intervention_id is null));
create index task_intervention_idx on plan.task (intervention_id, position);
