-- A reference people can say and type: the hub's letters, the year and a number counted per hub and year
-- (AUG-2026-0042). The counter hands out each number once, also to referrals filed at the same moment.
create table referral.reference_counter (
    hub_id  uuid not null,
    year    integer not null,
    last    integer not null,
    primary key (hub_id, year)
);

alter table referral.referral add column reference text;
-- Referrals filed before references existed keep a short form of their identifier.
update referral.referral set reference = 'REF-' || upper(left(id::text, 8)) where reference is null;
alter table referral.referral alter column reference set not null;
create unique index referral_reference_idx on referral.referral (reference);
