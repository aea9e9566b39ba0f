-- people: where a person lives, with history. start_date inclusive, end_date exclusive, null = current.
create table address (
    id          uuid primary key,
    person_id   uuid not null references person (id),
    line1       text not null check (length(trim(line1)) > 0),
    line2       text,
    town        text not null check (length(trim(town)) > 0),
    postcode    text not null check (postcode ~ '^[A-Z0-9]{2,4} [0-9][A-Z]{2}$'),
    start_date  date not null,
    end_date    date,
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    created_by  text not null,
    updated_at  timestamptz not null default now(),
    updated_by  text not null,
    constraint address_ends_after_start check (end_date is null or end_date > start_date)
);

create index address_person on address (person_id, start_date);
-- a person has at most one current address
create unique index address_one_current on address (person_id) where end_date is null;
