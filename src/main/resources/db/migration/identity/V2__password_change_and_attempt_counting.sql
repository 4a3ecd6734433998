-- An administrator sets the first password, so its holder must replace it before doing anything else:
-- afterwards nobody but them knows it.
alter table identity.account
    add column password_change_required boolean not null default false;

-- Attempts are counted when they start (see SignInThrottle), so a row may exist before its first failure.
alter table identity.sign_in_throttle drop constraint sign_in_throttle_failures_check;
alter table identity.sign_in_throttle add constraint sign_in_throttle_failures_check check (failures >= 0);
