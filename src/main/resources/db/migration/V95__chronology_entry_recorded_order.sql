-- Entries on the same day with no time (a conference and the plan it made, both at the start of the day) must keep the
-- order in which they were recorded. recorded_at cannot tell them apart when one transaction writes both (a bulk load),
-- so the chronology orders by this sequence after occurred_at. Existing rows get numbers in no particular order.
alter table chronology_entry add column recorded_order bigint generated always as identity;
drop index chronology_entry_person;
create index chronology_entry_person on chronology_entry (person_id, occurred_at, recorded_order);
