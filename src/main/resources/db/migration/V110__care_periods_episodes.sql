-- Children looked after (Children Act 1989 s22) as the SSDA903 return models them: a period of care made of
-- episodes, each episode one legal status and one placement (903 episodes table: DECOM, RNE, LS, CIN, PLACE,
-- PLACE_PROVIDER, DEC, REC, REASON_PLACE_CHANGE, HOME_POST, PL_POST, URN). Codes are checked against the code
-- lists by the care module, which also knows the years each code is valid; the checks here only keep the shape.

create table period_of_care (
    id             uuid primary key,
    person_id      uuid not null references person (id),
    start_date     date not null,
    end_date       date,
    -- the 903 REC of the period's last episode (never X1)
    reason_ceased  text,
    -- a period of short breaks (legal status V3 or V4) is kept apart from other care, as the 903 does
    short_breaks   boolean not null,
    -- unaccompanied asylum-seeking child (903 UASC table); ceased on = DUC, normally the 18th birthday
    uasc           boolean not null default false,
    uasc_ceased_on date,
    version        integer not null default 0,
    created_at     timestamptz not null default now(),
    created_by     text not null,
    updated_at     timestamptz not null default now(),
    updated_by     text not null,
    check ((end_date is null) = (reason_ceased is null)),
    check (end_date is null or end_date >= start_date),
    check (uasc or uasc_ceased_on is null)
);
-- at most one open period per child
create unique index period_of_care_one_open on period_of_care (person_id) where end_date is null;
create index period_of_care_person on period_of_care (person_id, start_date);

create table care_episode (
    id                       uuid primary key,
    period_id                uuid not null references period_of_care (id),
    person_id                uuid not null references person (id),
    start_date               date not null,
    reason_new_episode       text not null check (reason_new_episode in ('S', 'L', 'P', 'T', 'B', 'U')),
    legal_status             text not null,
    category_of_need         text not null,
    placement_type           text not null,
    placement_provider       text not null,
    urn                      text,
    home_postcode            text,
    placement_postcode       text,
    -- the placement is intended to last until the child is 18 (reg 28's three-monthly visits after the first year)
    intended_until_eighteen  boolean not null default false,
    end_date                 date,
    -- 903 REC: X1 when another episode of the same period follows
    reason_ended             text,
    -- 903 REASON_PLACE_CHANGE: why the placement ended, when the next episode changes it
    reason_placement_changed text,
    created_at               timestamptz not null default now(),
    created_by               text not null,
    check ((end_date is null) = (reason_ended is null)),
    check (end_date is null or end_date >= start_date)
);
create unique index care_episode_period_start on care_episode (period_id, start_date);
create index care_episode_person on care_episode (person_id, start_date);

-- Reg 33 reviews chaired by the independent reviewing officer; participation is the 903 REVIEW_CODE (PN0-PN7)
create table looked_after_review (
    id            uuid primary key,
    person_id     uuid not null references person (id),
    period_id     uuid not null references period_of_care (id),
    review_date   date not null,
    iro           text not null check (length(trim(iro)) > 0),
    participation text not null,
    created_at    timestamptz not null default now(),
    created_by    text not null
);
create index looked_after_review_person on looked_after_review (person_id, review_date);

-- Reg 28 visits by the child's social worker
create table looked_after_visit (
    id           uuid primary key,
    person_id    uuid not null references person (id),
    period_id    uuid not null references period_of_care (id),
    visited_on   date not null,
    seen         boolean not null,
    seen_alone   boolean not null,
    childs_views text,
    worker       text not null check (length(trim(worker)) > 0),
    created_at   timestamptz not null default now(),
    created_by   text not null,
    check (seen or not seen_alone)
);
create index looked_after_visit_person on looked_after_visit (person_id, visited_on);

-- Health assessments and dental checks (reg 7 and the health plan)
create table looked_after_health_check (
    id         uuid primary key,
    person_id  uuid not null references person (id),
    period_id  uuid not null references period_of_care (id),
    kind       text not null check (kind in ('HEALTH_ASSESSMENT', 'DENTAL_CHECK')),
    check_date date not null,
    created_at timestamptz not null default now(),
    created_by text not null
);
create index looked_after_health_check_person on looked_after_health_check (person_id, check_date);
