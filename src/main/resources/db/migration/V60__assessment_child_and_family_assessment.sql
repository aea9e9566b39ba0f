-- Child and family assessments within a child's CIN episode. Names follow the CIN census Assessments element
-- (CIN_schema_2026.xsd): AssessmentActualStartDate = start_date, AssessmentAuthorisationDate = authorisation_date,
-- FactorsIdentifiedAtAssessment = factors (its assessmentfactorstype codes).

create table child_and_family_assessment (
    id                  uuid primary key,
    person_id           uuid not null references person (id),
    referral_id         uuid not null references referral (id),
    referral_date       date not null,
    start_date          date not null check (start_date >= referral_date),
    author              text not null,
    worker              text,
    child_seen_on       date,
    seen_alone          boolean not null default false,
    childs_words        text,
    factors             text[] not null default '{}',
    analysis            text,
    outcome             text check (outcome in ('CIN_PLAN', 'STRATEGY_DISCUSSION', 'NFA', 'EARLY_HELP')),
    state               text not null check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'AUTHORISED')),
    submitted_on        date,
    return_reason       text,
    authorised_by       text,
    rationale           text,
    authorisation_date  date,
    delay_reason        text,
    version             integer not null default 0,
    created_at          timestamptz not null default now(),
    created_by          text not null,
    updated_at          timestamptz not null default now(),
    updated_by          text not null,
    check ((state = 'AUTHORISED') = (authorisation_date is not null and authorised_by is not null and rationale is not null)),
    check (authorised_by is null or authorised_by <> author),
    check (not ('21' = any (factors)) or cardinality(factors) = 1)
);
create index child_and_family_assessment_person on child_and_family_assessment (person_id, start_date);
