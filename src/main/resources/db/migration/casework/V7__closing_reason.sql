-- A case is closed with a reason, in words, and by someone: the team's record of why the work ended. The reason
-- is erased with the person when the case's retention ends.
alter table casework.case_file add column closed_reason text;
alter table casework.case_file add column closed_by uuid;
