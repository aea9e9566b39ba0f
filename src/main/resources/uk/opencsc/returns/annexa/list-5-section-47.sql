-- List 5, section 47 enquiries and initial child protection conferences: every enquiry under way at any time in
-- the six months up to the reference date (open ones too), or whose conference was held in it; one row per enquiry.
with enquiry as (
    select s.*, ic.conference_date, ic.outcome as conference_outcome
    from section47_enquiry s
    left join initial_conference ic on ic.section47_id = s.id
    where s.start_date <= :ref
      and (s.outcome_date is null or s.outcome_date >= :six or ic.conference_date between :six and :ref)
),
earlier_conferences as (
    -- the child's conferences in the 12 months before each enquiry began, joined as a set
    select e.id, count(*) as conferences
    from enquiry e
    join initial_conference c on c.person_id = e.person_id
     and c.conference_date >= cast(e.start_date - interval '12 months' as date) and c.conference_date < e.start_date
    group by e.id
)
select e.person_id, e.start_date as listed_on,
       e.start_date,                                                              -- Strategy discussion initiating Section 47 Enquiry Start Date
       case when e.outcome_date <= :ref then e.icpc_not_required end,             -- Was an ICPC deemed unnecessary?
       case when e.conference_date <= :ref then e.conference_date end,           -- Date of Initial Child Protection Conference
       case when e.conference_date <= :ref then e.conference_outcome = 'PLAN' end, -- Did the ICPC Result in a Child Protection Plan
       (select count(*) from section47_enquiry earlier                            -- Number of Section 47 Enquiries in the last
         where earlier.person_id = e.person_id                                    -- 12 months: the child's enquiries in the
           and earlier.start_date >= cast(e.start_date - interval '12 months' as date) -- 12 months before this one
           and earlier.start_date < e.start_date)::int,
       coalesce(ec.conferences, 0)::int                                           -- Number of ICPCs in the last 12 months
from enquiry e
left join earlier_conferences ec on ec.id = e.id
