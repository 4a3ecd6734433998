-- Subject access requests (GDPR Art. 15) and their review before release. A data protection officer of the hub
-- starts one for the person of a case; Tandem compiles everything it holds about the person in that hub into a
-- draft, sealed by the vault and bound to the row like an item's text, since it holds every item's text. Entries
-- recorded by security and justice agencies are withheld until the recording agency releases them or an officer
-- of the hub records a ground; each withholding keeps its ground and whether the person may be told of it.
-- Finalising replaces the draft with the answer as released, so that a later download gives exactly that.
create table sharing.subject_access_request (
    id             uuid primary key,
    -- null once erased with the person's case: the row stays, pseudonymous, for the count of requests answered
    person_id      uuid,
    hub_id         uuid not null,
    status         text not null check (status in ('DRAFT', 'FINAL')),
    started_by     uuid not null,
    started_at     timestamptz not null,
    compiled_at    timestamptz,
    finalised_by   uuid,
    finalised_at   timestamptz,
    -- the draft as compiled, or the final answer once finalised; sealed with the vault's key key_id
    key_id         text,
    content        bytea,
    erased_at      timestamptz,
    version        bigint not null default 0,
    check ((status = 'FINAL') = (finalised_at is not null)),
    check (erased_at is not null or person_id is not null),
    check ((key_id is null) = (content is null))
);
-- One open draft per person and hub: a second start, a double click or a colleague at the same moment, waits for
-- the first and is told who started it.
create unique index subject_access_one_draft on sharing.subject_access_request (person_id, hub_id) where status = 'DRAFT';
create index subject_access_hub_idx on sharing.subject_access_request (hub_id, started_at desc);

create table sharing.subject_access_entry (
    request_id           uuid not null references sharing.subject_access_request (id),
    entry_key            text not null,
    -- the module that holds the entry: asked whether a member of the recording agency sees it
    module               text not null,
    position             int not null,
    -- what it is and when it was recorded, in words ("Note", "an item"): enough to say what was withheld once the
    -- draft's content has made way for the final answer
    title                text not null,
    kind                 text not null,
    recorded_at          timestamptz,
    recording_agency_id  uuid,
    author_id            uuid,
    category             text,
    withheld_by_default  boolean not null,
    decision             text not null check (decision in ('INCLUDED', 'PENDING', 'WITHHELD', 'RELEASED')),
    -- for WITHHELD the ground of withholding, for RELEASED the ground or note of the release
    ground               text,
    tell_person          boolean,
    decided_by           uuid,
    decided_at           timestamptz,
    decided_as           text check (decided_as in ('RECORDING_AGENCY', 'HUB_OFFICER')),
    version              bigint not null default 0,
    primary key (request_id, entry_key),
    check (decision <> 'WITHHELD' or (ground is not null and tell_person is not null)),
    check (decision <> 'PENDING' or withheld_by_default)
);
-- addresses name an entry by its place in the request, never by the identifier of the record it comes from
create unique index subject_access_entry_position on sharing.subject_access_entry (request_id, position);
create index subject_access_entry_pending_idx on sharing.subject_access_entry (recording_agency_id)
    where decision = 'PENDING';
