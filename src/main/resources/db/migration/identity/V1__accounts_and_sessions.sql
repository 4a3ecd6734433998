-- Staff accounts, sign-in throttling and HTTP sessions. Owned by the identity module.
create schema if not exists identity;

create table identity.account (
    id               uuid primary key,
    username         text not null check (username = lower(username) and length(username) between 3 and 64),
    display_name     text not null check (length(display_name) between 1 and 200),
    agency_id        uuid not null,
    profession       text not null,
    roles            text[] not null check (
                         cardinality(roles) >= 1
                         and roles <@ array['PRACTITIONER', 'HUB_COORDINATOR', 'AGENCY_ADMINISTRATOR',
                                            'DATA_PROTECTION_OFFICER', 'KNOWLEDGE_CURATOR', 'ANALYST',
                                            'SYSTEM_ADMINISTRATOR']),
    password_hash    text not null,
    totp_secret      text,
    totp_last_step   bigint,
    active           boolean not null default true,
    -- bumped whenever existing sessions must end (deactivation, MFA reset, password change)
    session_epoch    integer not null default 0,
    last_sign_in_at  timestamptz,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint not null default 0
);

create unique index account_username_key on identity.account (username);
create index account_agency_idx on identity.account (agency_id, lower(display_name));

-- Failed sign-ins per username, whether or not an account has that name, so that throttling
-- answers the same for both. The key is a SHA-256 digest: attempted names are not kept.
create table identity.sign_in_throttle (
    username_key     text primary key,
    failures         integer not null check (failures > 0),
    last_failure_at  timestamptz not null
);

-- Spring Session JDBC, in this schema: sessions live in the database so that any node can serve a request.
create table identity.http_session (
    primary_id             char(36) not null primary key,
    session_id             char(36) not null,
    creation_time          bigint not null,
    last_access_time       bigint not null,
    max_inactive_interval  integer not null,
    expiry_time            bigint not null,
    principal_name         varchar(100)
);

create unique index http_session_id_key on identity.http_session (session_id);
create index http_session_expiry_idx on identity.http_session (expiry_time);
create index http_session_principal_idx on identity.http_session (principal_name);

create table identity.http_session_attributes (
    session_primary_id  char(36) not null references identity.http_session (primary_id) on delete cascade,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea not null,
    primary key (session_primary_id, attribute_name)
);
