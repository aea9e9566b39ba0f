-- List 7, child protection: every child protection plan open at the reference date, and every plan that ended in
-- the six months before it; one row per plan.
select p.person_id, p.start_date as listed_on,
       p.start_date,                                                              -- Child Protection Plan Start Date
       p.initial_category,                                                        -- Initial Category of Abuse
       p.latest_category,                                                         -- Latest Category of Abuse
       last_visit.visit_date,                                                     -- Date of the Last Statutory Visit
       last_visit.seen_alone,                                                     -- Was the Child Seen Alone?
       (select max(m.meeting_date) from child_protection_meeting m                -- Date of latest review conference
         where m.plan_id = p.id and m.kind = 'REVIEW_CONFERENCE' and m.meeting_date <= :ref),
       case when p.end_date <= :ref then p.end_date end,                          -- Child Protection Plan End Date
       exists (select 1 from protective_order o                                   -- Subject to an EPO or police protection
                where o.person_id = p.person_id and o.start_date <= :ref          -- in the six months up to the reference date
                  and (o.end_date is null or o.end_date >= :six)),
       p.previous_plans                                                           -- Number of Previous Child Protection Plans
from child_protection_plan p
left join lateral (select v.visit_date, v.seen_alone from child_protection_visit v
                    where v.plan_id = p.id and v.visit_date <= :ref
                    order by v.visit_date desc, v.created_at desc
                    limit 1) last_visit on true
where p.start_date <= :ref and (p.end_date is null or p.end_date >= :six)
