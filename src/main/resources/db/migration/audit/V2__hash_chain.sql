-- A tamper-evident trail. Each event is sealed when it is written: an HMAC-SHA256, with a key kept outside the
-- database, over its content and a random event_id. A sealer then links committed, sealed events into a hash chain
-- in a short transaction of its own:
--   chain_hash = SHA-256(previous_hash || chain_position || sequence || seal)
-- (32 bytes, two 8-byte big-endian integers, 32 bytes; the first event's previous_hash is 32 zero bytes), so that
-- anyone can recompute the chain with sha256() and int8send(). An event changed, deleted, reordered or inserted
-- outside the application no longer fits its seal or its place in the chain. The chain is not extended in the
-- business transaction itself, because a lock held until that commits would make refusals, recorded in a
-- transaction of their own, wait for the very transaction that is refusing.

alter table audit.event
    add column event_id       uuid,
    add column seal           bytea check (octet_length(seal) = 32),
    add column chain_position bigint check (chain_position > 0),
    add column previous_hash  bytea check (octet_length(previous_hash) = 32),
    add column chain_hash     bytea check (octet_length(chain_hash) = 32),
    add constraint event_chained_whole check (
        (chain_position is null and previous_hash is null and chain_hash is null)
        or (chain_position is not null and previous_hash is not null and chain_hash is not null and seal is not null));

-- Events written before this migration (on development databases only: Tandem was not deployed before it) get
-- their event_id here and their seal from the application on its next start, since the key is not in the
-- database. The migration records where they end, so that the application seals those and no others, once.
create table audit.chain_genesis (
    id                   boolean primary key default true check (id),
    last_legacy_sequence bigint not null,
    -- HMAC of a fixed text under the seal key: a node started with another key refuses to start, rather than
    -- seal events that every verification would then call forged
    key_check            bytea
);
insert into audit.chain_genesis (last_legacy_sequence) select coalesce(max(sequence), 0) from audit.event;

drop trigger event_append_only on audit.event;
update audit.event set event_id = gen_random_uuid();
alter table audit.event alter column event_id set not null;
alter table audit.event add constraint event_id_unique unique (event_id);

create unique index event_chain_position_idx on audit.event (chain_position);
-- what the sealer looks for after every commit: small, since events join the chain within moments
create index event_unchained_idx on audit.event (sequence) where chain_position is null;

-- Where the chain ends, sealed with the same key: deleting the newest events, or recomputing the chain's hashes
-- after changing one, leaves a head that no longer matches. Only the sealer moves it.
create table audit.chain_head (
    id       boolean primary key default true check (id),
    position bigint not null check (position >= 0),
    sequence bigint,
    hash     bytea not null check (octet_length(hash) = 32),
    seal     bytea check (octet_length(seal) = 32),
    moved_at timestamptz not null,
    check (position = 0 or (sequence is not null and seal is not null))
);
insert into audit.chain_head (position, sequence, hash, seal, moved_at)
values (0, null, decode(repeat('00', 32), 'hex'), null, now());

-- Still append-only, with exactly two updates allowed, each once per event and leaving its content as it was:
-- the sealer adding a sealed event to the chain, and the first start after this migration sealing the events
-- written before it.
create function audit.guard_update() returns trigger language plpgsql as $$
declare
    before_update audit.event := old;
    after_update  audit.event := new;
begin
    before_update.seal := null;
    before_update.chain_position := null;
    before_update.previous_hash := null;
    before_update.chain_hash := null;
    after_update.seal := null;
    after_update.chain_position := null;
    after_update.previous_hash := null;
    after_update.chain_hash := null;
    if before_update is distinct from after_update then
        raise exception 'audit.event is append-only: an event''s content cannot be changed'
            using errcode = 'insufficient_privilege';
    end if;

    if old.chain_position is null and old.seal is not null and new.seal = old.seal
            and new.chain_position is not null then
        return new;
    end if;

    if old.seal is null and new.seal is not null and new.chain_position is null
            and exists (select 1 from audit.chain_genesis g
                        where g.key_check is null and old.sequence <= g.last_legacy_sequence) then
        return new;
    end if;

    raise exception 'audit.event is append-only: an event joins the chain once, and its seal is never replaced'
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger event_append_only
    before update on audit.event
    for each row execute function audit.guard_update();

create trigger event_no_delete
    before delete on audit.event
    for each row execute function audit.refuse_change();

-- Events are written unchained; only the sealer chains them.
create function audit.guard_insert() returns trigger language plpgsql as $$
begin
    if new.chain_position is not null or new.previous_hash is not null or new.chain_hash is not null then
        raise exception 'audit.event is append-only: an event is written unchained and joins the chain afterwards'
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

create trigger event_written_unchained
    before insert on audit.event
    for each row execute function audit.guard_insert();
