-- workforce: what it owns about the teams and users access keeps (team, app_user), keyed by their ids;
-- and each child's allocation to a worker, with its history. Codes are text checked against the Java enums.

-- btree_gist lets one exclusion constraint say "a child's allocations never overlap"; it ships with
-- PostgreSQL's contrib (and the embedded binaries) and is a trusted extension.
create extension if not exists btree_gist;

create table team_kind (
    team_id     uuid primary key references team (id),
    kind        text not null check (kind in ('FRONT_DOOR', 'ASSESSMENT', 'CHILD_IN_NEED', 'CHILD_PROTECTION',
                                              'CHILD_IN_NEED_AND_PROTECTION', 'CHILDREN_IN_CARE', 'CARE_LEAVERS',
                                              'DISABLED_CHILDREN', 'COMPLEX_SAFEGUARDING', 'EARLY_HELP', 'FOSTERING',
                                              'ADOPTION')),
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    created_by  text not null,
    updated_at  timestamptz not null default now(),
    updated_by  text not null
);

-- A worker's employment: what the workforce census (items 4-6 of the workforce issue) counts.
create table worker_employment (
    user_id             uuid primary key references app_user (id),
    -- Social Work England registration, e.g. SW123456; null for staff who are not registered social workers
    registration_number text unique check (registration_number ~ '^SW[0-9]{1,10}$'),
    qualification       text,
    -- the day the social work qualification was awarded: a worker in their first year is newly qualified (ASYE)
    qualified_on        date,
    fte                 numeric(3, 2) not null check (fte between 0.1 and 1.0),
    employment          text not null check (employment in ('PERMANENT', 'AGENCY')),
    started_on          date not null,
    -- the last day worked (inclusive); with its reason
    left_on             date,
    leaving_reason      text check (leaving_reason in ('RESIGNED', 'RETIRED', 'DISMISSED', 'END_OF_CONTRACT', 'REDUNDANCY',
                                                      'CAREER_BREAK', 'OTHER')),
    version             integer not null default 0,
    created_at          timestamptz not null default now(),
    created_by          text not null,
    updated_at          timestamptz not null default now(),
    updated_by          text not null,
    check ((left_on is null) = (leaving_reason is null)),
    check (left_on is null or left_on >= started_on)
);

-- Which team a worker was in when: [from_date, to_date), to_date null for the current team.
create table worker_team_history (
    id          uuid primary key,
    user_id     uuid not null references app_user (id),
    team_id     uuid not null references team (id),
    from_date   date not null,
    to_date     date,
    created_at  timestamptz not null default now(),
    created_by  text not null,
    check (to_date is null or to_date >= from_date)
);
create index worker_team_history_user on worker_team_history (user_id, from_date);

-- A child's allocation to a social worker (or personal adviser) in a team with its manager, from
-- allocated_on (inclusive) to ended_on (exclusive): a reallocation on day D ends the last one on D and
-- starts the next on D. A current allocation has no end.
create table allocation (
    id                   uuid primary key,
    person_id            uuid not null references person (id),
    worker_user_id       uuid not null references app_user (id),
    team_id              uuid not null references team (id),
    team_manager_user_id uuid references app_user (id),
    allocated_on         date not null,
    reason               text not null check (length(trim(reason)) > 0),
    allocated_by         text not null,
    ended_on             date,
    end_reason           text,
    ended_by             text,
    version              integer not null default 0,
    created_at           timestamptz not null default now(),
    created_by           text not null,
    updated_at           timestamptz not null default now(),
    updated_by           text not null,
    check ((ended_on is null) = (end_reason is null)),
    check (ended_on is null or ended_on >= allocated_on),
    exclude using gist (person_id with =, daterange(allocated_on, ended_on) with &&)
);
-- at most one current allocation per child: two managers allocating at once cannot both succeed
create unique index allocation_one_current on allocation (person_id) where ended_on is null;
create index allocation_current_worker on allocation (worker_user_id) where ended_on is null;
create index allocation_person_ended on allocation (person_id, ended_on);
