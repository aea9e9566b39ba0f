-- assessment: what waits for a manager's authorisation is a few dozen rows among many thousands; a team manager's
-- tray asks for it on every visit across the team's children, which without this walked every assessment they hold.
create index child_and_family_assessment_submitted on child_and_family_assessment (person_id) where state = 'SUBMITTED';
