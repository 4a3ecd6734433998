-- The letters that open the references of a hub's referrals and cases (AUG in AUG-2026-0042): the first
-- three letters of the name, unique by a digit where names begin alike. New hubs get theirs from
-- ReferencePrefix, which follows the same rule.
alter table hub.hub add column reference_prefix text;
with base as (
    select id, created_at,
           upper(left(regexp_replace(translate(replace(replace(replace(replace(name, 'Æ', 'AE'), 'æ', 'ae'), 'ß', 'ss'), 'ø', 'o'),
                 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüý',
                 'AAAAAACEEEEIIIINOOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuy'), '[^A-Za-z]', '', 'g'), 3)) as letters
      from hub.hub
), named as (
    select id, created_at, case when length(letters) < 2 then 'HUB' else letters end as prefix from base
), ranked as (
    select id, prefix, row_number() over (partition by prefix order by created_at, id) as n from named
)
update hub.hub h
   set reference_prefix = case when r.n = 1 then r.prefix else r.prefix || r.n end
  from ranked r
 where r.id = h.id;
alter table hub.hub alter column reference_prefix set not null;
alter table hub.hub add constraint hub_reference_prefix_format check (reference_prefix ~ '^[A-Z]{2,3}[0-9]*$');
create unique index hub_reference_prefix_idx on hub.hub (reference_prefix);
