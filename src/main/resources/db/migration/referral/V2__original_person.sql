-- The person record a referral was filed about, kept when the coordinator decides it is someone the hub
-- already knew, so that "not the same person after all" can give the referral its own record back.
alter table referral.referral add column original_person_id uuid;
update referral.referral set original_person_id = person_id;
