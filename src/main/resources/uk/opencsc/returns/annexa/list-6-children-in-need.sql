-- List 6, children in need: every CIN episode (a referral not closed as no further action) open at the reference
-- date or at any time in the six months before it; one row per episode. The days seen and the open assessments are
-- joined to the episodes as sets (a subquery per episode would scan the visits once per child), as are the children
-- looked after.
with episode as (
    select r.* from referral r
    where r.referral_date <= :ref and (r.closure_date is null or r.closure_date >= :six) and not r.no_further_action
),
seen (person_id, on_day) as (
    select v.person_id, v.visited_on from child_in_need_visit v where v.seen and v.visited_on <= :ref
    union all
    select v.person_id, v.visit_date from child_protection_visit v where v.seen and v.visit_date <= :ref
    union all
    select a.person_id, s.seen_on from assessment_child_seen s
      join child_and_family_assessment a on a.id = s.assessment_id
     where s.seen_on <= :ref
),
last_seen as (
    -- the latest day the child was seen at a CIN or CP visit or in an assessment, within the episode
    select e.id, max(s.on_day) as on_day
    from episode e
    join seen s on s.person_id = e.person_id and s.on_day >= e.referral_date and s.on_day <= coalesce(e.closure_date, :ref)
    group by e.id
),
looked_after as (
    -- looked after at the reference date (DOMAIN 2.3: legal status not V1, V3 or V4, and under 18) as the care module
    -- counts it (LookedAfterChildren.lookedAfterOn): within a period of care, its last day included, that is not short
    -- breaks (the periods of V3 and V4; the 903 no longer has V1)
    select distinct c.person_id from period_of_care c
    join person p on p.id = c.person_id
    where not c.short_breaks and c.start_date <= :ref and (c.end_date is null or c.end_date >= :ref)
      and p.date_of_birth > (cast(:ref as date) - interval '18 years')::date
),
assessing as (
    select distinct a.referral_id from child_and_family_assessment a
    where a.start_date <= :ref and (a.authorisation_date is null or a.authorisation_date > :ref)
)
select e.person_id, e.referral_date as listed_on,
       e.referral_date,                                                           -- CIN Start Date
       e.primary_need,                                                            -- Primary Need Code
       ls.on_day,                                                                 -- Date Child Was Last Seen
       case when e.closure_date <= :ref then e.closure_date end,                  -- CIN Closure Date
       case when e.closure_date <= :ref then e.reason_for_closure end,            -- Reason for Closure
       case when e.closure_date <= :ref then 'CLOSED'                             -- Case Status at the reference date
            when lac.person_id is not null then 'LOOKED_AFTER'
            when exists (select 1 from child_protection_plan p where p.person_id = e.person_id
                          and p.start_date <= :ref and (p.end_date is null or p.end_date > :ref)) then 'CP_PLAN'
            when exists (select 1 from child_in_need_plan p where p.person_id = e.person_id
                          and p.start_date <= :ref and (p.end_date is null or p.end_date > :ref)) then 'CIN_PLAN'
            when asg.referral_id is not null then 'OPEN_ASSESSMENT'
            else 'CIN_PLAN' end
from episode e
left join last_seen ls on ls.id = e.id
left join assessing asg on asg.referral_id = e.id
left join looked_after lac on lac.person_id = e.person_id
