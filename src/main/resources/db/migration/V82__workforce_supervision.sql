-- workforce: supervision. A manager supervises a worker on a day and discusses some of the worker's children,
-- each with a short note and the decisions made; each discussion is also a line in that child's chronology.
-- Supervision records are not edited once recorded (a correction is a later supervision), so they carry no version.
create table supervision (
    id                  uuid primary key,
    worker_user_id      uuid not null references app_user (id),
    supervisor_user_id  uuid not null references app_user (id),
    held_on             date not null,
    notes               text,
    created_at          timestamptz not null default now(),
    created_by          text not null,
    check (worker_user_id <> supervisor_user_id)
);
create index supervision_worker on supervision (worker_user_id, held_on desc);

create table supervision_discussion (
    id              uuid primary key,
    supervision_id  uuid not null references supervision (id),
    person_id       uuid not null references person (id),
    -- the day of the supervision, kept here too so "children discussed since" needs no join
    held_on         date not null,
    discussion      text not null check (length(trim(discussion)) > 0),
    decisions       text not null check (length(trim(decisions)) > 0),
    unique (supervision_id, person_id)
);
create index supervision_discussion_person on supervision_discussion (person_id, held_on desc);
create index supervision_discussion_held_on on supervision_discussion (held_on);
