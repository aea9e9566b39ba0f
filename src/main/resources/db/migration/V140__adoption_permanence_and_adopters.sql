-- Adoption and permanence: prospective adopter households through their stages, each child's adoption and
-- permanence record (the milestones of SSDA903's AD1 and "should be placed for adoption" tables and Ofsted's
-- Annex A list 10), the siblings on it, and the special guardianship and child arrangements orders that are a
-- child's permanence outcome. Codes are text checked against the Java enums.

-- A household of one or two prospective adopters (Annex A list 11: one row per adopter, one family identifier).
create table adopter_household (
    id                      uuid primary key,
    family_ref              text not null unique check (length(trim(family_ref)) > 0),
    first_adopter           text not null check (length(trim(first_adopter)) > 0),
    second_adopter          text,
    -- SSDA903 AD1 SEX_ADOPTR and LS_ADOPTR
    adopters_sex            text check (adopters_sex in ('M1', 'F1', 'MM', 'FF', 'MF')),
    legal_status            text check (legal_status in ('L0', 'L11', 'L12', 'L2', 'L3', 'L4')),
    fostering_for_adoption  boolean not null default false,
    enquiry_date            date not null,
    stage1_start            date,
    stage1_end              date,
    stage2_start            date,
    stage2_end              date,
    approval_date           date,
    approved_by             text check (approved_by in ('PANEL_AND_ADM', 'ADM')),
    left_date               date,
    left_reason             text check (left_reason in ('WITHDREW', 'ON_HOLD', 'NOT_APPROVED')),
    version                 integer not null default 0,
    created_at              timestamptz not null default now(),
    created_by              text not null,
    updated_at              timestamptz not null default now(),
    updated_by              text not null
);

-- One per child: the record is restricted by default (see docs/adoption.md), so it is its own row, never a
-- column of the child's main record.
create table adoption_record (
    id                     uuid primary key,
    person_id              uuid not null unique references person (id),
    entered_care_date      date,
    adm_decision_date      date,
    authority              text check (authority in ('PLACEMENT_ORDER', 'CONSENT')),
    placement_order_date   date,
    placement_order_court  text,
    matched_date           date,
    household_id           uuid references adopter_household (id),
    early_placement_kind   text check (early_placement_kind in ('FOSTERING_FOR_ADOPTION', 'CONCURRENT_PLANNING')),
    early_placement_date   date,
    placed_date            date,
    adoption_order_date    date,
    reversed_date          date,
    reversed_reason        text check (reversed_reason in ('RD1', 'RD2', 'RD3', 'RD4')),
    siblings_placed        text check (siblings_placed in ('TOGETHER', 'APART')),
    siblings_apart_reason  text,
    version                integer not null default 0,
    created_at             timestamptz not null default now(),
    created_by             text not null,
    updated_at             timestamptz not null default now(),
    updated_by             text not null
);
create index adoption_record_household on adoption_record (household_id);

create table adoption_sibling (
    record_id   uuid not null references adoption_record (id),
    sibling_id  uuid not null references person (id),
    primary key (record_id, sibling_id)
);

-- Special guardianship and child arrangements orders as permanence outcomes (CIN RC3/RC4, SSDA903 E41/E45-E48).
create table permanence_order (
    id          uuid primary key,
    person_id   uuid not null references person (id),
    kind        text not null check (kind in ('SPECIAL_GUARDIANSHIP', 'CHILD_ARRANGEMENTS')),
    order_date  date not null,
    made_to     text not null check (length(trim(made_to)) > 0),
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    created_by  text not null,
    updated_at  timestamptz not null default now(),
    updated_by  text not null
);
create index permanence_order_person on permanence_order (person_id, order_date);
