-- Care leavers (Children Act 1989 s23A-s24 as the Children (Leaving Care) Act 2000 made them): the young person's
-- leaving care record with its pathway plan and support, and one row per contact, accommodation, activity and
-- pathway plan review. Codes are the SSDA903 OC3 table's (IN_TOUCH, ACTIV, the ACCOM letter with suitability).

create table care_leaver (
    person_id                     uuid primary key references person (id),
    category                      text not null check (category in ('ELIGIBLE', 'RELEVANT', 'FORMER_RELEVANT', 'QUALIFYING')),
    category_from                 date not null,
    pathway_plan_agreed_on        date,
    -- staying put with former foster carers: [staying_put_from, staying_put_to], both inclusive
    staying_put_from              date,
    staying_put_to                date,
    -- a former relevant young person's request for support beyond 21, to 25
    extended_support_requested_on date,
    support_ended_on              date,
    version                       integer not null default 0,
    created_at                    timestamptz not null default now(),
    created_by                    text not null,
    updated_at                    timestamptz not null default now(),
    updated_by                    text not null,
    check (staying_put_to is null or (staying_put_from is not null and staying_put_to >= staying_put_from))
);

create table care_leaver_contact (
    id            uuid primary key,
    person_id     uuid not null references person (id),
    contact_date  date not null,
    in_touch      text not null check (in_touch in ('YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM')),
    method        text not null check (method in ('VISIT', 'PHONE', 'VIDEO', 'MESSAGE')),
    notes         text,
    created_at    timestamptz not null default now(),
    created_by    text not null
);
create index care_leaver_contact_person on care_leaver_contact (person_id, contact_date);

create table care_leaver_accommodation (
    id             uuid primary key,
    person_id      uuid not null references person (id),
    from_date      date not null,
    accommodation  text not null check (accommodation in ('B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T', 'U', 'V', 'W',
                                                         'X', 'Y', 'Z')),
    suitable       boolean not null,
    created_at     timestamptz not null default now(),
    created_by     text not null
);
create index care_leaver_accommodation_person on care_leaver_accommodation (person_id, from_date);

create table care_leaver_activity (
    id          uuid primary key,
    person_id   uuid not null references person (id),
    from_date   date not null,
    activity    text not null check (activity in ('F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6')),
    created_at  timestamptz not null default now(),
    created_by  text not null
);
create index care_leaver_activity_person on care_leaver_activity (person_id, from_date);

create table pathway_plan_review (
    id           uuid primary key,
    person_id    uuid not null references care_leaver (person_id),
    review_date  date not null,
    attended     text not null check (length(trim(attended)) > 0),
    views        text,
    created_at   timestamptz not null default now(),
    created_by   text not null
);
create index pathway_plan_review_person on pathway_plan_review (person_id, review_date);
