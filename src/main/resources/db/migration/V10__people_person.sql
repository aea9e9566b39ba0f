-- people: a person (a child, or a parent or carer in a child's life), their disabilities and the
-- names they were or are also known by. Codes are text checked against the Java enums that hold
-- the CIN census and SSD lists; the name keys are computed in Java (NameKeys) so saving, bulk
-- loading and searching agree.

-- pg_trgm ships with PostgreSQL's contrib (and the embedded binaries) and is a trusted extension,
-- so the application's own role can create it.
create extension if not exists pg_trgm;

create sequence person_local_id_seq;

create table person (
    id                     uuid primary key,
    local_id               text not null unique check (local_id ~ '^[A-Za-z0-9]{1,20}$'),
    first_name             text not null check (length(trim(first_name)) > 0),
    middle_names           text,
    last_name              text not null check (length(trim(last_name)) > 0),
    preferred_name         text,
    sex                    text not null check (sex in ('M', 'F', 'U')),
    gender_identity        text check (gender_identity in ('BOY_OR_MAN', 'GIRL_OR_WOMAN', 'NON_BINARY', 'ANOTHER_WAY', 'PREFERS_NOT_TO_SAY')),
    date_of_birth          date,
    expected_date_of_birth date,
    ethnicity              text not null check (ethnicity in ('WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH',
                                                              'AIND', 'APKN', 'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT')),
    religion               text check (religion in ('NONE', 'CHRISTIAN', 'BUDDHIST', 'HINDU', 'JEWISH', 'MUSLIM', 'SIKH', 'OTHER', 'NOT_STATED')),
    first_language         text check (first_language ~ '^([a-z]{3}|other|unknown)$'),
    interpreter_needed     boolean not null default false,
    upn                    text check (upn ~ '^[A-Z][0-9]{11}[0-9A-Z]$'),
    upn_unknown_reason     text check (upn_unknown_reason in ('UN1', 'UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7')),
    nhs_number             text check (nhs_number ~ '^[0-9]{10}$'),
    uasc                   boolean not null default false,
    immigration_status     text check (immigration_status in ('ILR', 'DLR_TO_18', 'REFUGEE', 'ADULT_ASYLUM_SEEKER', 'UASC')),
    date_of_death          date,
    responsible_team_id    uuid not null references team (id),
    restricted             boolean not null default false,
    restricted_reason      text,
    search_name            text not null,     -- NameKeys.searchName: folded first, middle, last and preferred names
    first_name_soundex     text not null,
    last_name_soundex      text not null,
    version                integer not null default 0,
    created_at             timestamptz not null default now(),
    created_by             text not null,
    updated_at             timestamptz not null default now(),
    updated_by             text not null,
    constraint person_birth_date_or_expected check ((date_of_birth is null) <> (expected_date_of_birth is null)),
    constraint person_upn_or_reason check (upn is null or upn_unknown_reason is null),
    constraint person_death_after_birth check (date_of_death is null or (date_of_birth is not null and date_of_death >= date_of_birth)),
    constraint person_restricted_has_reason check (not restricted or length(trim(coalesce(restricted_reason, ''))) > 0)
);

-- the search: fuzzy names by trigram, spellings by Soundex, and the exact identifiers
create index person_search_name_trgm on person using gin (search_name gin_trgm_ops);
create index person_soundex on person (last_name_soundex, first_name_soundex);
create index person_first_soundex on person (first_name_soundex);
create index person_date_of_birth on person (date_of_birth);
create index person_nhs_number on person (nhs_number) where nhs_number is not null;
create index person_upn on person (upn) where upn is not null;
create index person_team on person (responsible_team_id);

create table person_disability (
    person_id  uuid not null references person (id),
    disability text not null check (disability in ('NONE', 'MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS', 'BEH', 'CON', 'AUT', 'DDA')),
    primary key (person_id, disability)
);

-- former names (kept when a name is changed) and names the person is also known by
create table person_name (
    id          uuid primary key,
    person_id   uuid not null references person (id),
    kind        text not null check (kind in ('FORMER', 'ALSO_KNOWN_AS')),
    first_name  text,
    middle_names text,
    last_name   text,
    used_until  date,                  -- for a former name: the day it stopped being used (exclusive), when known
    search_name text not null,
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    created_by  text not null,
    updated_at  timestamptz not null default now(),
    updated_by  text not null,
    constraint person_name_has_a_name check (coalesce(first_name, last_name) is not null)
);

create index person_name_person on person_name (person_id);
create index person_name_search_trgm on person_name using gin (search_name gin_trgm_ops);
