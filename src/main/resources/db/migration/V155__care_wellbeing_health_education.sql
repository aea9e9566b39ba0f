-- A looked after child's health, wellbeing and education as the SSDA903 OC2 table and the virtual school need them:
-- immunisation checks, strengths and difficulties questionnaires (SDQ_SCORE / SDQ_REASON), substance misuse
-- (SUBSTANCE_MISUSE, INTERVENTION_RECEIVED, INTERVENTION_OFFERED), convictions, youth cautions, final warnings and
-- reprimands (CONVICTED), the child's school and SEN status, and personal education plan (PEP) meetings. Each row
-- but the education details falls within a period of care; the care module checks the rules, the checks here keep
-- only the shape.

create table looked_after_immunisation_check (
    id          uuid primary key,
    person_id   uuid not null references person (id),
    period_id   uuid not null references period_of_care (id),
    checked_on  date not null,
    up_to_date  boolean not null,
    created_at  timestamptz not null default now(),
    created_by  text not null
);
create index looked_after_immunisation_check_person on looked_after_immunisation_check (person_id, checked_on);

-- the total difficulties score 0-40, or the 903 reason it was not done (SDQ1-SDQ5)
create table looked_after_sdq (
    id              uuid primary key,
    person_id       uuid not null references person (id),
    period_id       uuid not null references period_of_care (id),
    sdq_date        date not null,
    score           integer check (score between 0 and 40),
    reason_not_done text check (reason_not_done in ('SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5')),
    created_at      timestamptz not null default now(),
    created_by      text not null,
    check ((score is null) <> (reason_not_done is null))
);
create index looked_after_sdq_person on looked_after_sdq (person_id, sdq_date);

-- a substance misuse problem identified; "offered" is asked only when no intervention was received (903 rules 158, 159)
create table looked_after_substance_misuse (
    id                    uuid primary key,
    person_id             uuid not null references person (id),
    period_id             uuid not null references period_of_care (id),
    identified_on         date not null,
    intervention_received boolean not null,
    intervention_offered  boolean,
    created_at            timestamptz not null default now(),
    created_by            text not null,
    check (intervention_received = (intervention_offered is null))
);
create index looked_after_substance_misuse_person on looked_after_substance_misuse (person_id, identified_on);

create table looked_after_conviction (
    id         uuid primary key,
    person_id  uuid not null references person (id),
    period_id  uuid not null references period_of_care (id),
    decided_on date not null,
    offence    text not null check (length(trim(offence)) > 0),
    outcome    text not null,
    created_at timestamptz not null default now(),
    created_by text not null
);
create index looked_after_conviction_person on looked_after_conviction (person_id, decided_on);

-- one row per child: where they go to school, their SEN status and the virtual school's contact; optimistic-locked
create table looked_after_education (
    person_id              uuid primary key references person (id),
    school_name            text,
    school_urn             text,
    year_group             text,
    sen_status             text not null,
    virtual_school_contact text,
    version                integer not null default 0,
    updated_at             timestamptz not null default now(),
    updated_by             text not null
);

create table personal_education_plan_meeting (
    id           uuid primary key,
    person_id    uuid not null references person (id),
    period_id    uuid not null references period_of_care (id),
    meeting_date date not null,
    -- false: the meeting that started the PEP; true: a review of it
    review       boolean not null,
    targets      text,
    created_at   timestamptz not null default now(),
    created_by   text not null
);
create index personal_education_plan_meeting_person on personal_education_plan_meeting (person_id, meeting_date);
