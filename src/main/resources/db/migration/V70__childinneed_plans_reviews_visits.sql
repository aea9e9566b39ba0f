-- Child in need plans (Children Act 1989 s17) within a front door CIN episode, with their reviews and visits.
-- The CIN census records a CIN plan's start and end (CINPlanDates: CINPlanStartDate, CINPlanEndDate); the rest
-- is what the worker and the Annex A list 6 need (date the child was last seen, case status).

create table child_in_need_plan (
    id                        uuid primary key,
    person_id                 uuid not null references person (id),
    referral_id               uuid not null references referral (id),
    start_date                date not null,
    lead_worker               text not null check (length(trim(lead_worker)) > 0),
    needs_and_outcomes        text not null check (length(trim(needs_and_outcomes)) > 0),
    -- why the plan started without an authorised assessment recommending one (a step down from a child
    -- protection plan, a disabled child's short breaks...); null when an assessment recommended it
    without_assessment_reason text,
    end_date                  date,
    end_reason                text check (end_reason in ('NEEDS_MET', 'STEPPED_UP_TO_CP', 'LOOKED_AFTER',
                                  'STEPPED_DOWN_TO_EARLY_HELP', 'MOVED_AWAY', 'EPISODE_CLOSED', 'OTHER')),
    version                   integer not null default 0,
    created_at                timestamptz not null default now(),
    created_by                text not null,
    updated_at                timestamptz not null default now(),
    updated_by                text not null,
    check ((end_date is null) = (end_reason is null)),
    check (end_date is null or end_date >= start_date)
);
-- at most one open plan per child
create unique index child_in_need_plan_one_open on child_in_need_plan (person_id) where end_date is null;
create index child_in_need_plan_person on child_in_need_plan (person_id, start_date);

create table child_in_need_review (
    id           uuid primary key,
    plan_id      uuid not null references child_in_need_plan (id),
    person_id    uuid not null references person (id),
    review_date  date not null,
    decision     text not null check (decision in ('CONTINUE', 'CHANGE', 'END')),
    notes        text,
    created_at   timestamptz not null default now(),
    created_by   text not null
);
create index child_in_need_review_person on child_in_need_review (person_id, review_date);

create table child_in_need_visit (
    id            uuid primary key,
    plan_id       uuid not null references child_in_need_plan (id),
    person_id     uuid not null references person (id),
    visited_on    date not null,
    visited_time  time not null,
    seen          boolean not null,
    seen_alone    boolean not null,
    bedroom_seen  text not null check (bedroom_seen in ('YES', 'NO', 'NOT_RELEVANT')),
    childs_views  text,
    observations  text,
    worker        text not null check (length(trim(worker)) > 0),
    created_at    timestamptz not null default now(),
    created_by    text not null,
    check (seen or not seen_alone)
);
create index child_in_need_visit_person on child_in_need_visit (person_id, visited_on);
