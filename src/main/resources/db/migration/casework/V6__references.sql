-- A case carries the reference of the referral it was opened from (AUG-2026-0042), which people say and type.
alter table casework.case_file add column reference text;
-- Cases opened before references existed keep a short form of their identifier.
update casework.case_file set reference = 'CASE-' || upper(left(id::text, 8)) where reference is null;
alter table casework.case_file alter column reference set not null;
create unique index case_reference_idx on casework.case_file (reference);
