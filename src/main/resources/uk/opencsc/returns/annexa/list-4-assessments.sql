-- List 4, assessments: every child and family assessment under way at any time in the six months up to the
-- reference date (started by then and not authorised before the window). What happened after the reference date
-- is left blank, so a list for a past date shows what was known on it.
select a.person_id, a.start_date as listed_on,
       a.start_date,                                                              -- Continuous Assessment Start Date
       exists (select 1 from assessment_child_seen s                              -- Child Seen During Continuous Assessment
                where s.assessment_id = a.id and s.seen_on <= :ref),
       case when a.authorisation_date <= :ref then a.authorisation_date end,      -- Continuous Assessment Date of Authorisation
       case when a.authorisation_date <= :ref                                     -- Was the child assessed as requiring LA
            then a.outcome in ('CIN_PLAN', 'STRATEGY_DISCUSSION') end             -- children's social care support?
from child_and_family_assessment a
where a.start_date <= :ref and (a.authorisation_date is null or a.authorisation_date >= :six)
