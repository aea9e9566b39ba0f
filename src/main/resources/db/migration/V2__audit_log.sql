-- audit: an append-only, hash-chained log of every view, search, export, sign-in and change.
-- The database itself refuses UPDATE, DELETE and TRUNCATE, so no code path (and no careless
-- hand-run SQL through the application's role) can rewrite history. In production, also grant the
-- application's role only INSERT and SELECT on this table.

create table audit_event (
    seq           bigint primary key,           -- 1, 2, 3... with no gaps: a missing row breaks the sequence
    occurred_at   timestamptz not null,
    actor         text not null,                -- username, or 'system' / 'cli:<user>' for unattended work
    action        text not null,
    person_id     uuid,                         -- the child whose record it concerns, when it concerns one
    subject       text,                         -- what was viewed, changed or exported (e.g. 'person', 'audit-log')
    details       text not null,                -- JSON as written, hashed byte for byte
    previous_hash text not null,
    hash          text not null
);

create index audit_event_person on audit_event (person_id, occurred_at);
create index audit_event_actor on audit_event (actor, occurred_at);
create index audit_event_time on audit_event (occurred_at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
