-- Retention: when a closed case's retention under the hub's agreement ends, its records are erased or
-- pseudonymised, unless the data protection officer put it under legal hold. Each run of the job is kept.
alter table casework.case_file
    add column legal_hold_reason text,
    add column legal_hold_set_by uuid,
    add column legal_hold_set_at timestamptz,
    add column erased_at timestamptz;
create index case_closed_not_erased_idx on casework.case_file (closed_at) where closed_at is not null and erased_at is null;

create table casework.retention_run (
    id           uuid primary key,
    ran_at       timestamptz not null,
    ran_by       uuid,
    erased       int not null,
    held         int not null,
    kept         int not null,
    summary      text not null
);
