-- timescales: a local authority's own values for the rules the catalogue (timescales/rules.yaml) marks
-- changeable, such as how often children on a child protection plan are visited. Each change is a new row,
-- so the history stays: an obligation uses the row in force on the day its clock started, and a change never
-- reaches back to obligations already started. Rules themselves are data in the catalogue, not rows.

create table timescale_local_setting (
    id              uuid primary key,
    rule_id         text not null check (rule_id ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
    -- obligations whose clock starts on or after this day use this setting
    effective_from  date not null,
    first_amount    integer not null check (first_amount between 1 and 365),
    first_unit      text not null check (first_unit in ('HOURS', 'WORKING_DAYS', 'DAYS', 'WEEKS', 'MONTHS')),
    -- for a repeating duty, the interval between occurrences; null for one that does not repeat
    repeat_amount   integer check (repeat_amount between 1 and 365),
    repeat_unit     text check (repeat_unit in ('HOURS', 'WORKING_DAYS', 'DAYS', 'WEEKS', 'MONTHS')),
    -- the rule's setting version: 1 for its first local change, then one more for each change. Optimistic
    -- locking: a change names the version it was made from and is saved as that plus one, so of two
    -- administrators saving from the same version the second meets the unique constraint, never overwrites.
    version         integer not null check (version >= 1),
    created_at      timestamptz not null default now(),
    created_by      text not null,
    updated_at      timestamptz not null default now(),
    updated_by      text not null,
    constraint timescale_local_setting_repeat_whole check ((repeat_amount is null) = (repeat_unit is null)),
    constraint timescale_local_setting_one_version unique (rule_id, version)
);
