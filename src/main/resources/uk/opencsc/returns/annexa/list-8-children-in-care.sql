-- List 8, children in care: every period of care open at the reference date, and every one that ended in the six
-- months before it; one row per period. Periods of short breaks (legal status V3/V4) are not listed: the child is
-- not looked after in Ofsted's sense between the breaks (DOMAIN 2.3: looked after = legal status not V1/V3/V4).
-- The episode current at the reference date gives the category of need, legal status and placement; a placement is
-- a run of episodes from one that changed it (reason for new episode S, P, T, B or U) to the next such one. Reviews
-- and visits are found by the child (their tables are indexed by person, not by period).
with period as (
    select c.* from period_of_care c
    where not c.short_breaks and c.start_date <= :ref and (c.end_date is null or c.end_date >= :six)
),
current_episode as (
    select distinct on (e.period_id) e.*
    from care_episode e join period c on c.id = e.period_id
    where e.start_date <= :ref
    order by e.period_id, e.start_date desc
),
status_from as (
    -- the first episode of the run of episodes with the current legal status
    select ce.period_id, min(e.start_date) as start_date
    from current_episode ce
    join care_episode e on e.period_id = ce.period_id and e.start_date <= ce.start_date and e.legal_status = ce.legal_status
    where not exists (select 1 from care_episode x where x.period_id = ce.period_id and x.legal_status <> ce.legal_status
                        and x.start_date > e.start_date and x.start_date < ce.start_date)
    group by ce.period_id
),
placement as (
    -- each placement of the listed children with the day it ended (the next placement's first day, or the period's
    -- end); counted are those the child was in at any time in the 12 months up to the reference date
    select e.person_id, e.period_id, e.start_date,
           coalesce(lead(e.start_date) over (partition by e.period_id order by e.start_date), pc.end_date) as end_date
    from care_episode e
    join period_of_care pc on pc.id = e.period_id
    where e.person_id in (select person_id from period) and e.reason_new_episode in ('S', 'P', 'T', 'B', 'U')
      and e.start_date <= :ref
),
placements as (
    -- joined to the periods as sets: a subquery per period over the placements would scan them all once per child
    select person_id,
           count(*) filter (where end_date is null or end_date >= (cast(:ref as date) - interval '12 months')::date) as in_12_months
    from placement group by person_id
),
latest_placement as (
    select period_id, max(start_date) as start_date from placement group by period_id
),
missing as (
    select m.person_id,
           count(*) filter (where m.kind = 'M') as missing,
           count(*) filter (where m.kind = 'A') as absent
    from missing_episode m
    where m.person_id in (select person_id from period)
      and m.started_at >= cast(:ref as date) - interval '12 months' and m.started_at < cast(:ref as date) + 1
    group by m.person_id
),
last_missing as (
    select distinct on (m.person_id) m.person_id, m.interview_offered_at, m.interview_accepted
    from missing_episode m
    where m.person_id in (select person_id from period) and m.kind = 'M' and m.started_at < cast(:ref as date) + 1
    order by m.person_id, m.started_at desc
)
select c.person_id, c.start_date as listed_on,
       exists (select 1 from period_of_care u join person p on p.id = u.person_id          -- UASC within the last 12 months
                where u.person_id = c.person_id and u.uasc and u.start_date <= :ref
                  and coalesce(u.uasc_ceased_on, (p.date_of_birth + interval '18 years')::date)
                      >= (cast(:ref as date) - interval '12 months')::date),
       c.start_date,                                                                       -- Date Started to be Looked After
       ce.category_of_need,                                                                -- Child's Category of Need
       exists (select 1 from period_of_care o                                              -- a second or subsequent period
                where o.person_id = c.person_id and o.id <> c.id and not o.short_breaks    -- in the 12 months: an earlier one
                  and o.start_date < c.start_date                                          -- open at any time in them
                  and o.end_date >= (cast(:ref as date) - interval '12 months')::date),
       sf.start_date,                                                                      -- Start date of current legal status
       ce.legal_status,                                                                    -- Child's Legal Status
       (select max(r.review_date) from looked_after_review r                               -- Date of Latest Statutory Review
         where r.person_id = c.person_id and r.period_id = c.id and r.review_date <= :ref),
       (select max(v.visited_on) from looked_after_visit v                                 -- Date of Last Social Work Visit
         where v.person_id = c.person_id and v.period_id = c.id and v.visited_on <= :ref),
       (select p.kind from permanence_plan p                                               -- What is the permanence plan:
         where p.person_id = c.person_id and p.period_id = c.id and p.is_primary           -- the primary plan of the period
           and p.agreed_on <= least(c.end_date, cast(:ref as date))                        -- in force at the reference date,
           and (p.ended_on is null or p.ended_on > least(c.end_date, cast(:ref as date)))  -- or on the day care ended
         order by p.agreed_on desc limit 1),
       (select max(i.contact_date) from iro_contact i                                      -- Date of Last IRO Visit / Contact
         where i.person_id = c.person_id and i.period_id = c.id and i.contact_date <= :ref),
       (select max(h.check_date) from looked_after_health_check h                          -- Date of Last Health Assessment
         where h.person_id = c.person_id and h.kind = 'HEALTH_ASSESSMENT' and h.check_date <= :ref),
       (select max(h.check_date) from looked_after_health_check h                          -- Date of Last Dental Check
         where h.person_id = c.person_id and h.kind = 'DENTAL_CHECK' and h.check_date <= :ref),
       coalesce(pls.in_12_months, 0),                                                      -- Number of Placements in the Last 12 months
       case when c.end_date <= :ref then c.end_date end,                                   -- Date Ceased to be Looked After
       case when c.end_date <= :ref then c.reason_ceased end,                              -- Reason Ceased to be Looked After
       lp.start_date,                                                                      -- Start Date of Most Recent Placement
       ce.placement_type,                                                                  -- Placement Type
       ce.placement_provider,                                                              -- Placement Provider
       ce.placement_postcode,                                                              -- Placement postcode
       ce.urn,                                                                             -- URN of Placement
       -- Placement Location (in or out of the authority) and LA of Placement: the record holds the placement's postcode
       -- but not the authority it lies in (the 903's PL_LA comes from the ONS postcode directory), so both are blank
       cast(null as text),
       cast(null as text),
       coalesce(ms.missing, 0),                                                            -- 'Missing' episodes in the 12 months
       coalesce(ms.absent, 0),                                                             -- 'Absent' episodes in the 12 months
       case when lm.person_id is not null                                                  -- Return interview offered after the
            then lm.interview_offered_at < cast(:ref as date) + 1 end,                     -- last missing episode
       case when lm.person_id is not null                                                  -- and accepted (blank while the
            then case when lm.interview_offered_at < cast(:ref as date) + 1                -- child has not answered)
                      then lm.interview_accepted else false end end
from period c
join current_episode ce on ce.period_id = c.id
left join status_from sf on sf.period_id = c.id
left join placements pls on pls.person_id = c.person_id
left join latest_placement lp on lp.period_id = c.id
left join missing ms on ms.person_id = c.person_id
left join last_missing lm on lm.person_id = c.person_id
