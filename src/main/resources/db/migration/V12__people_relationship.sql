-- people: relationships between persons, stored as pairs (PARENT_OF with its CHILD_OF) sharing a
-- pair_id, so a family reads the same from either record and both halves end together.
create table relationship (
    id                uuid primary key,
    pair_id           uuid not null,
    person_id         uuid not null references person (id),
    related_person_id uuid not null references person (id),
    type              text not null check (type in ('PARENT_OF', 'CHILD_OF', 'SIBLING', 'HALF_SIBLING', 'STEP_PARENT_OF', 'STEP_CHILD_OF',
                                                    'GRANDPARENT_OF', 'GRANDCHILD_OF', 'CARER_OF', 'CARED_FOR_BY', 'OTHER_RELATIVE')),
    start_date        date,
    end_date          date,                -- exclusive; null while the relationship holds
    version           integer not null default 0,
    created_at        timestamptz not null default now(),
    created_by        text not null,
    updated_at        timestamptz not null default now(),
    updated_by        text not null,
    constraint relationship_not_to_self check (person_id <> related_person_id),
    constraint relationship_ends_after_start check (end_date is null or start_date is null or end_date > start_date)
);

create index relationship_person on relationship (person_id);
create index relationship_pair on relationship (pair_id);
create unique index relationship_one_current on relationship (person_id, related_person_id, type) where end_date is null;
