-- A version keeps the title it was signed under: renaming the agreement in a new version must not rewrite
-- what the parties signed before.
alter table hub.agreement_version add column title text;
update hub.agreement_version v set title = a.title from hub.agreement a where a.id = v.agreement_id;
alter table hub.agreement_version alter column title set not null;
