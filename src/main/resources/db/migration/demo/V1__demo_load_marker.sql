-- Remembers that the demo data set was loaded into this database, so that it is loaded once.
create schema if not exists demo;

create table demo.load (
    loaded_at  timestamptz not null
);
