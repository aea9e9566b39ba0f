-- The front door: contacts with their decision, referrals (each a CIN episode, as in the CIN census and the
-- Standard Safeguarding Dataset) and early help episodes. Codes are checked against the CIN census lists
-- (CIN_schema_2026.xsd); FrontDoorCodeListConstraintsTest proves each check equals its enum.

create table contact (
    id             uuid primary key,
    person_id      uuid not null references person (id),
    received_on    date not null,
    received_time  time not null,
    source         text not null check (source in ('1A','1B','1C','1D','2A','2B','3A','3B','3C','3D','3E','3F','4','5A','5B','5C','5D','6','7','8','9','10')),
    contact_name   text not null check (length(trim(contact_name)) > 0),
    contact_agency text,
    reason         text not null check (length(trim(reason)) > 0),
    consent        text not null check (consent in ('GIVEN', 'NOT_NEEDED', 'REFUSED')),
    consent_note   text,
    childs_voice   text,
    decision       text check (decision in ('NO_FURTHER_ACTION', 'ADVICE_AND_INFORMATION', 'EARLY_HELP', 'REFERRAL_TO_SOCIAL_CARE', 'STRATEGY_DISCUSSION')),
    decided_on     date,
    decided_time   time,
    rationale      text,
    decided_by     text,
    version        integer not null default 0,
    created_at     timestamptz not null default now(),
    created_by     text not null,
    updated_at     timestamptz not null default now(),
    updated_by     text not null,
    -- consent not needed or refused says why (the lawful basis for sharing without it)
    check (consent = 'GIVEN' or length(trim(coalesce(consent_note, ''))) > 0),
    -- a decision comes whole: what, when, by whom and why
    check ((decision is null and decided_on is null and decided_time is null and rationale is null and decided_by is null)
        or (decision is not null and decided_on is not null and decided_time is not null and decided_by is not null
            and length(trim(coalesce(rationale, ''))) > 0)),
    check (decided_on is null or (decided_on, decided_time) >= (received_on, received_time))
);
create index contact_person on contact (person_id, received_on);

create table referral (
    id                 uuid primary key,
    person_id          uuid not null references person (id),
    contact_id         uuid references contact (id),
    referral_date      date not null,
    source             text not null check (source in ('1A','1B','1C','1D','2A','2B','3A','3B','3C','3D','3E','3F','4','5A','5B','5C','5D','6','7','8','9','10')),
    primary_need       text check (primary_need in ('N0','N1','N2','N3','N4','N5','N6','N7','N8','N9')),
    -- the referral was closed with no further action (CIN census: ReferralNFA)
    no_further_action  boolean not null default false,
    closure_date       date,
    reason_for_closure text check (reason_for_closure in ('RC1','RC2','RC3','RC4','RC5','RC6','RC7','RC8','RC9')),
    version            integer not null default 0,
    created_at         timestamptz not null default now(),
    created_by         text not null,
    updated_at         timestamptz not null default now(),
    updated_by         text not null,
    check ((closure_date is null) = (reason_for_closure is null)),
    check (closure_date is null or closure_date >= referral_date)
);
create index referral_person on referral (person_id, referral_date);

create table early_help_episode (
    id                       uuid primary key,
    person_id                uuid not null references person (id),
    contact_id               uuid references contact (id),
    -- a step down: the CIN episode closed into early help
    stepped_down_from        uuid references referral (id),
    start_date               date not null,
    lead_organisation        text not null check (length(trim(lead_organisation)) > 0),
    worker_name              text,
    reason                   text not null check (length(trim(reason)) > 0),
    end_date                 date,
    end_reason               text check (end_reason in ('OUTCOMES_MET', 'STEPPED_UP', 'DECLINED', 'MOVED_AWAY')),
    -- a step up: the referral the episode ended into
    stepped_up_to            uuid references referral (id),
    version                  integer not null default 0,
    created_at               timestamptz not null default now(),
    created_by               text not null,
    updated_at               timestamptz not null default now(),
    updated_by               text not null,
    check ((end_date is null) = (end_reason is null)),
    check (end_date is null or end_date >= start_date),
    check ((end_reason = 'STEPPED_UP') = (stepped_up_to is not null) or end_reason is null)
);
create index early_help_person on early_help_episode (person_id, start_date);
