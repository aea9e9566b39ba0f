-- access: teams (until the workforce module owns them), users and their roles, and explicit grants
-- to restricted records. Codes are text checked against the lists the Java enums hold.

create table team (
    id          uuid primary key,
    name        text not null unique,
    service     text not null,           -- the service a head of service leads, e.g. 'Children in need and protection'
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    created_by  text not null default 'system',
    updated_at  timestamptz not null default now(),
    updated_by  text not null default 'system'
);

create table app_user (
    id                uuid primary key,
    username          text not null unique,
    display_name      text not null,
    role              text not null check (role in ('SOCIAL_WORKER', 'PERSONAL_ADVISER', 'TEAM_MANAGER', 'HEAD_OF_SERVICE',
                                                   'INDEPENDENT_REVIEWING_OFFICER', 'PERFORMANCE_ANALYST', 'INSPECTOR', 'ADMINISTRATOR')),
    team_id           uuid references team (id),
    service           text,                 -- for a head of service without a team
    password_hash     text,                 -- only for form sign-in (the demo); OpenID Connect users have none
    access_expires_on date,                 -- required for inspectors: their access ends after this day
    enabled           boolean not null default true,
    version           integer not null default 0,
    created_at        timestamptz not null default now(),
    created_by        text not null default 'system',
    updated_at        timestamptz not null default now(),
    updated_by        text not null default 'system',
    constraint inspector_access_expires check (role <> 'INSPECTOR' or access_expires_on is not null)
);

create index app_user_team on app_user (team_id);

create table restricted_record_grant (
    id          uuid primary key,
    person_id   uuid not null,
    username    text not null references app_user (username),
    reason      text not null check (length(trim(reason)) > 0),
    granted_by  text not null,
    granted_at  timestamptz not null default now(),
    expires_on  date,
    revoked_at  timestamptz,
    revoked_by  text
);

create index restricted_record_grant_user on restricted_record_grant (username) where revoked_at is null;
