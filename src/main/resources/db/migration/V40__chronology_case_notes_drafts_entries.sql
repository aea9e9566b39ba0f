-- Case notes, their drafts and the chronology (module uk.opencsc.chronology).

create table case_note (
    id               uuid primary key,
    person_id        uuid not null references person (id),
    type             text not null check (type in ('VISIT', 'PHONE_CALL', 'OFFICE_DISCUSSION', 'MANAGEMENT_OVERSIGHT',
                                                   'SUPERVISION_DISCUSSION', 'MULTI_AGENCY_MEETING', 'CORRESPONDENCE', 'OTHER')),
    occurred_at      timestamptz not null,
    subject          text not null,
    note_text        text not null,
    child_seen       boolean,
    seen_alone       boolean,
    childs_words     text,
    decision         text,
    rationale        text,
    addendum_to      uuid references case_note (id),
    version          integer not null default 0,
    recorded_by      text not null,
    recorded_by_name text not null,
    recorded_at      timestamptz not null,
    updated_by       text not null,
    updated_at       timestamptz not null,
    -- the visit facts belong to visits, the decision to oversight (the Java rules say the same in words)
    check (type = 'VISIT' or (child_seen is null and seen_alone is null and childs_words is null)),
    check (type <> 'MANAGEMENT_OVERSIGHT' or addendum_to is not null or (decision is not null and rationale is not null))
);
create index case_note_person on case_note (person_id, occurred_at desc);

-- One draft per worker and child: the case-note form as last saved, as JSON, so nothing typed is lost.
create table case_note_draft (
    person_id  uuid not null references person (id),
    username   text not null,
    form       text not null,
    saved_at   timestamptz not null,
    primary key (person_id, username)
);

-- Built only from events (never edited by hand). source_event_id makes the listener idempotent; a
-- higher revision of the same source event replaces the entry (a corrected case note).
create table chronology_entry (
    source_event_id uuid primary key,
    revision        integer not null,
    person_id       uuid not null,
    occurred_at     timestamptz not null,
    kind            text not null check (kind in ('CHILDS_RECORD', 'ADDRESS', 'FAMILY', 'CASE_NOTE', 'MANAGEMENT_DECISION',
                                                  'CONTACT', 'REFERRAL', 'ASSESSMENT', 'PLAN', 'CHILD_PROTECTION',
                                                  'LOOKED_AFTER', 'CLOSURE')),
    summary         text not null,
    source_module   text not null,
    link            text,
    recorded_at     timestamptz not null default now()
);
create index chronology_entry_person on chronology_entry (person_id, occurred_at desc);
