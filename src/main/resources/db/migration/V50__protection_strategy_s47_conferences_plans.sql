-- Child protection: strategy discussions, section 47 enquiries, initial child protection conferences and
-- child protection plans with their core groups, review conferences, visits and protective orders. Names and
-- codes follow the CIN census (CIN_schema_2026.xsd: Section47, ChildProtectionPlans); categories of abuse are
-- its categoryofabusetype codes.

create table strategy_discussion (
    id           uuid primary key,
    person_id    uuid not null references person (id),
    referral_id  uuid not null references referral (id),
    held_on      date not null,
    held_time    time not null,
    agencies     text[] not null check (cardinality(agencies) > 0
                     and agencies <@ array['POLICE','HEALTH','EDUCATION','SOCIAL_CARE','OTHER']),
    attendees    text,
    decision     text not null check (decision in ('SECTION_47', 'NO_SECTION_47', 'OTHER')),
    rationale    text not null check (length(trim(rationale)) > 0),
    version      integer not null default 0,
    created_at   timestamptz not null default now(),
    created_by   text not null,
    updated_at   timestamptz not null default now(),
    updated_by   text not null
);
create index strategy_discussion_person on strategy_discussion (person_id, held_on);

-- CIN census Section47: S47ActualStartDate, InitialCPCtarget, DateOfInitialCPC, ICPCnotRequired
create table section47_enquiry (
    id                     uuid primary key,
    person_id              uuid not null references person (id),
    strategy_discussion_id uuid not null unique references strategy_discussion (id),
    start_date             date not null,
    icpc_target            date not null,
    outcome                text check (outcome in ('SUBSTANTIATED_ICPC', 'NOT_SUBSTANTIATED', 'SUBSTANTIATED_NO_ICPC')),
    outcome_date           date,
    icpc_not_required      boolean not null default false,
    icpc_not_required_why  text,
    date_of_icpc           date,
    version                integer not null default 0,
    created_at             timestamptz not null default now(),
    created_by             text not null,
    updated_at             timestamptz not null default now(),
    updated_by             text not null,
    check ((outcome is null) = (outcome_date is null)),
    check (outcome_date is null or outcome_date >= start_date),
    check (not icpc_not_required or length(trim(coalesce(icpc_not_required_why, ''))) > 0),
    check (not (icpc_not_required and date_of_icpc is not null))
);
create index section47_enquiry_person on section47_enquiry (person_id, start_date);

create table initial_conference (
    id                   uuid primary key,
    person_id            uuid not null references person (id),
    section47_id         uuid not null unique references section47_enquiry (id),
    conference_date      date not null,
    outcome              text not null check (outcome in ('PLAN', 'NO_PLAN')),
    categories           text[] not null default '{}' check (categories <@ array['NEG','PHY','SAB','EMO','MUL']),
    created_at           timestamptz not null default now(),
    created_by           text not null,
    check (outcome = 'NO_PLAN' or cardinality(categories) > 0)
);

-- CIN census ChildProtectionPlans: CPPstartDate, CPPendDate, InitialCategoryOfAbuse, LatestCategoryOfAbuse,
-- NumberOfPreviousCPP (computed from the record when the plan starts)
create table child_protection_plan (
    id                 uuid primary key,
    person_id          uuid not null references person (id),
    conference_id      uuid unique references initial_conference (id),
    start_date         date not null,
    initial_category   text not null check (initial_category in ('NEG','PHY','SAB','EMO','MUL')),
    latest_category    text not null check (latest_category in ('NEG','PHY','SAB','EMO','MUL')),
    previous_plans     integer not null check (previous_plans >= 0),
    end_date           date,
    end_reason         text,
    version            integer not null default 0,
    created_at         timestamptz not null default now(),
    created_by         text not null,
    updated_at         timestamptz not null default now(),
    updated_by         text not null,
    check ((end_date is null) = (end_reason is null)),
    check (end_date is null or end_date >= start_date)
);
-- one open plan per child
create unique index child_protection_plan_one_open on child_protection_plan (person_id) where end_date is null;
create index child_protection_plan_person on child_protection_plan (person_id, start_date);

-- core group meetings and review conferences (CIN census CPPreviewDate) of a plan
create table child_protection_meeting (
    id            uuid primary key,
    plan_id       uuid not null references child_protection_plan (id),
    person_id     uuid not null references person (id),
    kind          text not null check (kind in ('CORE_GROUP', 'REVIEW_CONFERENCE')),
    meeting_date  date not null,
    review_outcome text check (review_outcome in ('CONTINUE', 'END_PLAN')),
    created_at    timestamptz not null default now(),
    created_by    text not null,
    check ((kind = 'REVIEW_CONFERENCE') = (review_outcome is not null))
);
create index child_protection_meeting_plan on child_protection_meeting (plan_id, meeting_date);

create table child_protection_visit (
    id            uuid primary key,
    plan_id       uuid not null references child_protection_plan (id),
    person_id     uuid not null references person (id),
    visit_date    date not null,
    seen          boolean not null,
    seen_alone    boolean not null,
    bedroom_seen  boolean not null,
    childs_views  text,
    observations  text,
    created_at    timestamptz not null default now(),
    created_by    text not null,
    check (seen or not seen_alone)
);
create index child_protection_visit_plan on child_protection_visit (plan_id, visit_date);

-- emergency protection orders (Children Act 1989 s44) and police protection (s46)
create table protective_order (
    id          uuid primary key,
    person_id   uuid not null references person (id),
    kind        text not null check (kind in ('EMERGENCY_PROTECTION_ORDER', 'POLICE_PROTECTION')),
    start_date  date not null,
    end_date    date,
    created_at  timestamptz not null default now(),
    created_by  text not null,
    check (end_date is null or end_date >= start_date)
);
create index protective_order_person on protective_order (person_id, start_date);
