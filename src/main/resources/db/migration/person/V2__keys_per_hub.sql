-- Blocking keys are looked up within one hub: ranking across the whole registry first would let another
-- hub's namesakes push this hub's own person out of "already known?".
create table person.hub_match_key (
    hub_id     uuid not null,
    key        text not null,
    person_id  uuid not null references person.person (id),
    primary key (hub_id, key, person_id)
);
insert into person.hub_match_key (hub_id, key, person_id)
select l.hub_id, k.key, k.person_id from person.match_key k join person.hub_link l on l.person_id = k.person_id;
drop table person.match_key;
alter table person.hub_match_key rename to match_key;
alter index person.hub_match_key_pkey rename to match_key_pkey;
create index match_key_person_idx on person.match_key (person_id);
