-- workforce: what the DfE children's social work workforce census (CSWW) asks that the employment record does not
-- hold: a worker's census characteristics, their absences, and each team's funded posts (its establishment), from
-- which vacancies on the census date are counted. Codes are text checked against the Java enums.

create table worker_census_details (
    user_id                   uuid primary key references app_user (id),
    born_on                   date,
    gender                    text check (gender in ('NOT_KNOWN', 'MALE', 'FEMALE', 'NOT_SPECIFIED')),
    ethnicity                 text check (ethnicity in ('WBRI', 'WIRI', 'WOTH', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN',
                                                        'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT')),
    qualification_institution text check (length(trim(qualification_institution)) between 1 and 200),
    qualification_level       text check (qualification_level in ('UNDERGRADUATE', 'POSTGRADUATE', 'OTHER')),
    step_up_graduate          boolean,
    frontline_graduate        boolean,
    org_role                  text check (org_role in ('SENIOR_MANAGER', 'MIDDLE_MANAGER', 'FIRST_LINE_MANAGER',
                                                      'SENIOR_PRACTITIONER', 'CASE_HOLDER', 'QUALIFIED_WITHOUT_CASES')),
    start_origin              text check (start_origin in ('NEWLY_QUALIFIED', 'OTHER_LA_ENGLAND', 'OUTSIDE_ENGLAND', 'AGENCY',
                                                           'NON_LA_SOCIAL_WORK', 'OTHER_SOCIAL_CARE', 'NON_SOCIAL_CARE', 'OTHER',
                                                           'NOT_KNOWN', 'NOT_YET_COLLECTED')),
    leaver_destination        text check (leaver_destination in ('OTHER_LA_ENGLAND', 'OUTSIDE_ENGLAND', 'AGENCY',
                                                                 'NON_LA_SOCIAL_WORK', 'OTHER_SOCIAL_CARE', 'NON_SOCIAL_CARE',
                                                                 'OTHER', 'NOT_KNOWN', 'NOT_YET_COLLECTED')),
    kss_status                text check (kss_status in ('ASYE', 'PRACTITIONER', 'PRACTICE_SUPERVISOR', 'PRACTICE_LEADER')),
    version                   integer not null default 0,
    created_at                timestamptz not null default now(),
    created_by                text not null,
    updated_at                timestamptz not null default now(),
    updated_by                text not null
);

-- A period of absence from first_day to last_day (inclusive; null while it goes on), with the working days it cost
-- as the manager counts them (a part-timer loses only the days they would have worked, which OpenCSC does not hold).
create table worker_absence (
    id                uuid primary key,
    user_id           uuid not null references app_user (id),
    reason            text not null check (reason in ('MATERNITY_PATERNITY', 'OTHER_PAID', 'PUBLIC_DUTIES', 'SICKNESS',
                                                      'TRAINING', 'UNAUTHORISED', 'UNPAID')),
    first_day         date not null,
    last_day          date,
    working_days_lost numeric(6, 2) not null check (working_days_lost >= 0),
    version           integer not null default 0,
    created_at        timestamptz not null default now(),
    created_by        text not null,
    updated_at        timestamptz not null default now(),
    updated_by        text not null,
    check (last_day is null or last_day >= first_day)
);
create index worker_absence_user on worker_absence (user_id, first_day);

-- A team's funded social work posts (full-time equivalent) from funded_from until the team's next row.
create table team_establishment (
    team_id     uuid not null references team (id),
    funded_from date not null,
    funded_fte  numeric(6, 2) not null check (funded_fte >= 0),
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    created_by  text not null,
    updated_at  timestamptz not null default now(),
    updated_by  text not null,
    primary key (team_id, funded_from)
);
