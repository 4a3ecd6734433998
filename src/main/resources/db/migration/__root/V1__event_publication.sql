-- Spring Modulith's registry of event publications: each event for a transactional listener (an
-- @ApplicationModuleListener) is stored with the listener in the publisher's transaction, and marked completed once
-- the listener has handled it; what a crash left incomplete is published again at the next start. It belongs to no
-- business module, so it lives in a schema of its own, run first (Modulith's __root folder), and its shape is the one
-- spring-modulith-events-jdbc 2.0 expects (schemas/v2/schema-postgresql.sql), kept under Flyway rather than created by
-- the library at start so that the one migration history holds every table.
create schema if not exists events;

create table events.event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on events.event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on events.event_publication (completion_date);

create table events.event_publication_archive (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_archive_serialized_event_hash_idx on events.event_publication_archive using hash (serialized_event);
create index event_publication_archive_by_completion_date_idx on events.event_publication_archive (completion_date);
