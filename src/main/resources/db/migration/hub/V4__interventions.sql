-- A hub's own interventions, beside the default catalogue that Tandem ships in code (DefaultIntervention): what the
-- hub's coordinators added, in the words they typed. A retired one stays, because support plans that used it must
-- still read it; it is only no longer offered. Two interventions on offer in one hub never share a name, whatever
-- the case of their letters; a retired name may be used again.
create table hub.intervention (
    id           uuid primary key,
    hub_id       uuid not null references hub.hub (id),
    name         text not null check (length(name) between 1 and 120),
    description  text not null check (length(description) between 1 and 2000),
    practice     text check (practice is null or length(practice) between 1 and 120),
    -- the language the words were typed in: a screen marks them with it (lang="de") in every other language
    language     text not null check (language ~ '^[a-z]{2}$'),
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    retired_at   timestamptz,
    version      bigint not null default 0
);

create index intervention_hub_idx on hub.intervention (hub_id);
create unique index intervention_offered_name_key on hub.intervention (hub_id, lower(name)) where retired_at is null;
