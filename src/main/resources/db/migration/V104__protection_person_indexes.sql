-- protection: a child's journey (a work tray, the record's clocks) reads their conferences, meetings and visits by
-- child; without these, each such read scanned the whole table.
create index initial_conference_person on initial_conference (person_id, conference_date);
create index child_protection_meeting_person on child_protection_meeting (person_id, meeting_date);
create index child_protection_visit_person on child_protection_visit (person_id, visit_date);
