-- Care planning for looked after children: the plan for permanence (Annex A list 8 codes a-g, one primary plan at a
-- time and any parallel or contingency plans beside it), the independent reviewing officer's contacts with the child
-- between reviews and their escalations under the local dispute resolution process (IRO Handbook 2010, chapter 6), and
-- family time (contact arrangements with parents, siblings and others, with the sessions held or cancelled).
-- Codes are checked by the care module; the checks here keep the shape.

create table permanence_plan (
    id          uuid primary key,
    person_id   uuid not null references person (id),
    period_id   uuid not null references period_of_care (id),
    -- Annex A list 8 "What is the permanence plan for this child?": a) .. g)
    kind        text not null check (kind in ('a', 'b', 'c', 'd', 'e', 'f', 'g')),
    -- the primary plan; the others are parallel (twin-track) or contingency plans
    is_primary  boolean not null,
    agreed_on   date not null,
    ended_on    date,
    end_reason  text,
    created_at  timestamptz not null default now(),
    created_by  text not null,
    check ((ended_on is null) = (end_reason is null)),
    check (ended_on is null or ended_on >= agreed_on)
);
-- one primary plan at a time
create unique index permanence_plan_one_primary on permanence_plan (person_id) where is_primary and ended_on is null;
create index permanence_plan_person on permanence_plan (person_id, agreed_on);

create table iro_contact (
    id           uuid primary key,
    person_id    uuid not null references person (id),
    period_id    uuid not null references period_of_care (id),
    contact_date date not null,
    method       text not null,
    seen_alone   boolean not null,
    childs_views text,
    iro          text not null,
    created_at   timestamptz not null default now(),
    created_by   text not null
);
create index iro_contact_person on iro_contact (person_id, contact_date);

create table iro_escalation (
    id          uuid primary key,
    person_id   uuid not null references person (id),
    period_id   uuid not null references period_of_care (id),
    raised_on   date not null,
    concerns    text[] not null,
    issue       text not null,
    stage       text not null,
    outcome     text,
    resolved_on date,
    iro         text not null,
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    created_by  text not null,
    updated_at  timestamptz not null default now(),
    updated_by  text not null,
    check (resolved_on is null or resolved_on >= raised_on),
    check (resolved_on is null or outcome is not null)
);
create index iro_escalation_person on iro_escalation (person_id, raised_on);
create index iro_escalation_open on iro_escalation (person_id) where resolved_on is null;

create table family_time (
    id            uuid primary key,
    person_id     uuid not null references person (id),
    period_id     uuid not null references period_of_care (id),
    with_whom     text not null,
    relationship  text not null,
    frequency     text not null,
    supervised    boolean not null,
    supervised_by text,
    start_date    date not null,
    end_date      date,
    created_at    timestamptz not null default now(),
    created_by    text not null,
    check (end_date is null or end_date >= start_date),
    check (supervised or supervised_by is null)
);
create index family_time_person on family_time (person_id, start_date);

create table family_time_session (
    id           uuid primary key,
    family_time_id uuid not null references family_time (id),
    person_id    uuid not null references person (id),
    session_date date not null,
    outcome      text not null,
    note         text,
    created_at   timestamptz not null default now(),
    created_by   text not null
);
create index family_time_session_person on family_time_session (person_id, session_date);
