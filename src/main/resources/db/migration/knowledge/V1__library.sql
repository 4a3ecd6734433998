-- The network's knowledge: the RAN HEALTH paper's themes, subthemes, meetings and papers, practices, lessons
-- learned and open questions, and what curators add. Every change is a new version; the public sees the
-- published one. No personal data of clients lives here.
create schema if not exists knowledge;
-- trigram similarity, for search words typed with a typo
create extension if not exists pg_trgm with schema knowledge;

create table knowledge.item (
    id                 uuid primary key,
    key                text not null unique,
    type               text not null check (type in ('THEME', 'SUBTHEME', 'MEETING', 'PRACTICE', 'LESSON', 'OPEN_QUESTION')),
    -- PAPER: shipped in the data file; CURATOR: added in Tandem
    origin             text not null check (origin in ('PAPER', 'CURATOR')),
    position           int not null,
    -- the version the public sees; null until a first version is published
    published_version  int,
    -- the data file's content of this item when it was last imported, to notice a changed data file
    imported_hash      text,
    created_at         timestamptz not null
);

create table knowledge.item_version (
    item_id          uuid not null references knowledge.item (id),
    number           int not null,
    status           text not null check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'SUPERSEDED', 'RETURNED')),
    theme_key        text,
    subtheme_key     text,
    section          text,
    title            text,
    body             text,
    kind             text check (kind in ('MEETING', 'PAPER')),
    working_group    text,
    start_date       date,
    end_date         date,
    date_precision   text check (date_precision in ('DAY', 'MONTH', 'YEAR')),
    place            text,
    country          text,
    country_code     text,
    scope            text check (scope in ('LOCAL', 'NATIONAL')),
    source_url       text check (source_url is null or source_url ~ '^https?://'),
    question_status  text check (question_status in ('OPEN', 'EXPLORING', 'ANSWERED')),
    meeting_keys     text[] not null default '{}',
    -- the theme and subtheme titles, so that a search for "lone actor" finds what the paper lists under it
    context          text,
    change_note      text,
    -- null: imported from the paper's data file
    written_by       uuid,
    written_at       timestamptz not null,
    submitted_at     timestamptz,
    reviewed_by      uuid,
    reviewed_at      timestamptz,
    review_note      text,
    document         tsvector generated always as (
        setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(body, '')), 'B')
        || setweight(to_tsvector('english', coalesce(working_group, '') || ' ' || coalesce(country, '') || ' ' || coalesce(place, '') || ' '
            || coalesce(section, '')), 'C')
        || setweight(to_tsvector('english', coalesce(context, '')), 'D')) stored,
    primary key (item_id, number),
    -- a second curator publishes what the first wrote
    check (reviewed_by is null or written_by is null or reviewed_by <> written_by)
);

create index item_version_document_idx on knowledge.item_version using gin (document);
-- at most one draft or version in review per item: two curators cannot edit past each other
create unique index item_version_one_open_idx on knowledge.item_version (item_id) where status in ('DRAFT', 'IN_REVIEW');

-- the words of everything published, to suggest the intended word for one typed with a typo
create table knowledge.word (
    word text primary key
);
create index word_trigram_idx on knowledge.word using gin (word knowledge.gin_trgm_ops);

-- words practitioners use interchangeably: a search for one finds the others
create table knowledge.synonym (
    group_name text not null,
    term       text not null,
    primary key (group_name, term)
);
insert into knowledge.synonym (group_name, term) values
    ('trauma', 'ptsd'), ('trauma', 'trauma'), ('trauma', 'post-traumatic stress'),
    ('drr', 'drr'), ('drr', 'rehabilitation'), ('drr', 'reintegration'),
    ('prevention', 'p/cve'), ('prevention', 'pcve'), ('prevention', 'prevention'), ('prevention', 'preventing'),
    ('returnee', 'returnee'), ('returnee', 'foreign fighter'), ('returnee', 'foreign terrorist fighter'),
    ('maw', 'maw'), ('maw', 'multi-agency');

-- which lessons and practices a case screen shows for a case's attributes, and why: data that curators keep
create table knowledge.relevance_rule (
    id          uuid primary key,
    attribute   text not null,
    item_id     uuid not null references knowledge.item (id),
    why         text not null,
    origin      text not null check (origin in ('PAPER', 'CURATOR')),
    created_by  uuid,
    created_at  timestamptz not null,
    -- a removed rule stays, so that importing the data file again does not bring it back
    removed_by  uuid,
    removed_at  timestamptz,
    unique (attribute, item_id)
);

create table knowledge.checklist (
    key              text primary key,
    title            text not null,
    source_item_key  text not null,
    hint_source      text
);

create table knowledge.checklist_step (
    checklist_key  text not null references knowledge.checklist (key),
    position       int not null,
    key            text not null,
    text           text not null,
    hint           text,
    primary key (checklist_key, position)
);
