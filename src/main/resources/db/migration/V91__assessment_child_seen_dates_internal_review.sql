-- A child is often seen more than once during an assessment: each day, and whether alone, is a row. The one
-- date kept until now (the latest visit) moves over. AssessmentInternalReviewDate (CIN census) is recorded too.
create table assessment_child_seen (
    assessment_id uuid not null references child_and_family_assessment (id),
    seen_on       date not null,
    seen_alone    boolean not null,
    primary key (assessment_id, seen_on)
);

insert into assessment_child_seen (assessment_id, seen_on, seen_alone)
select id, child_seen_on, seen_alone from child_and_family_assessment where child_seen_on is not null;

alter table child_and_family_assessment
    drop column child_seen_on,
    drop column seen_alone,
    add column internal_review_date date check (internal_review_date >= start_date);
