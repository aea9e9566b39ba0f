-- List 6, children in need: every CIN episode (a referral not closed as no further action) open at the reference
-- date or at any time in the six months before it; one row per episode.
select r.person_id, r.referral_date as listed_on,
       r.referral_date,                                                           -- CIN Start Date
       r.primary_need,                                                            -- Primary Need Code
       (select max(seen.on_day) from (                                            -- Date Child Was Last Seen: the latest
            select v.visited_on as on_day from child_in_need_visit v              -- CIN or CP visit at which the child was
             where v.person_id = r.person_id and v.seen                           -- seen, or day seen in the episode's
            union all                                                             -- assessments, within the episode and
            select v.visit_date from child_protection_visit v                     -- by the reference date
             where v.person_id = r.person_id and v.seen
            union all
            select s.seen_on from assessment_child_seen s
              join child_and_family_assessment a on a.id = s.assessment_id
             where a.referral_id = r.id) seen
         where seen.on_day between r.referral_date and least(coalesce(r.closure_date, :ref), :ref)),
       case when r.closure_date <= :ref then r.closure_date end,                  -- CIN Closure Date
       case when r.closure_date <= :ref then r.reason_for_closure end,            -- Reason for Closure
       case when r.closure_date <= :ref then 'CLOSED'                             -- Case Status at the reference date
            when exists (select 1 from child_protection_plan p where p.person_id = r.person_id
                          and p.start_date <= :ref and (p.end_date is null or p.end_date > :ref)) then 'CP_PLAN'
            when exists (select 1 from child_in_need_plan p where p.person_id = r.person_id
                          and p.start_date <= :ref and (p.end_date is null or p.end_date > :ref)) then 'CIN_PLAN'
            when exists (select 1 from child_and_family_assessment a where a.referral_id = r.id
                          and a.start_date <= :ref and (a.authorisation_date is null or a.authorisation_date > :ref)) then 'OPEN_ASSESSMENT'
            else 'CIN_PLAN' end
from referral r
where r.referral_date <= :ref and (r.closure_date is null or r.closure_date >= :six) and not r.no_further_action
