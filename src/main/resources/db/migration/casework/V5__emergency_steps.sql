-- Emergency access in its lane: the case-level grant opens identity and what the hub's agreements let flow to the
-- grantee's agency; health, security and justice information each need their own second step inside it.
alter table casework.emergency_access drop constraint emergency_access_scope_check;
alter table casework.emergency_access add constraint emergency_access_scope_check
    check (scope in ('CASE', 'HEALTH', 'SECURITY', 'JUSTICE'));
