-- workforce: the local authority's own choices for caseloads and supervision (not statutory figures; see
-- docs/workforce.md). One row of settings, edited by an administrator and optimistic-locked by its version,
-- and one weight per case type; the settings row's version covers the weights, which are saved with it.
create table workforce_setting (
    id                              boolean primary key default true check (id),
    -- a worker whose weighted caseload divided by their FTE is above this is flagged
    caseload_threshold              numeric(5, 2) not null check (caseload_threshold > 0),
    -- the local standard: a worker is supervised at least every this many weeks
    supervision_weeks               integer not null check (supervision_weeks between 1 and 26),
    -- a newly qualified worker (ASYE, their first year) at least every this many weeks
    newly_qualified_supervision_weeks integer not null check (newly_qualified_supervision_weeks between 1 and 26),
    version                         integer not null default 0,
    created_at                      timestamptz not null default now(),
    created_by                      text not null,
    updated_at                      timestamptz not null default now(),
    updated_by                      text not null
);
insert into workforce_setting (caseload_threshold, supervision_weeks, newly_qualified_supervision_weeks, created_by, updated_by)
values (18, 4, 2, 'migration', 'migration');

-- What one child of each case type counts towards a worker's weighted caseload.
create table case_weight (
    case_type   text primary key check (case_type in ('CHILD_PROTECTION', 'LOOKED_AFTER', 'CHILD_IN_NEED', 'ASSESSMENT_OR_OTHER')),
    weight      numeric(4, 2) not null check (weight between 0 and 10)
);
insert into case_weight (case_type, weight) values
    ('CHILD_PROTECTION', 1.5), ('LOOKED_AFTER', 1.5), ('CHILD_IN_NEED', 1.0), ('ASSESSMENT_OR_OTHER', 1.0);
