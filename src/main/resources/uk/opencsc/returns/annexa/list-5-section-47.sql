-- List 5, section 47 enquiries and initial child protection conferences: every enquiry under way at any time in
-- the six months up to the reference date (open ones too), or whose conference was held in it; one row per enquiry.
select s.person_id, s.start_date as listed_on,
       s.start_date,                                                              -- Strategy discussion initiating Section 47 Enquiry Start Date
       case when s.outcome_date <= :ref then s.icpc_not_required end,             -- Was an ICPC deemed unnecessary?
       case when ic.conference_date <= :ref then ic.conference_date end,         -- Date of Initial Child Protection Conference
       case when ic.conference_date <= :ref then ic.outcome = 'PLAN' end,         -- Did the ICPC Result in a Child Protection Plan
       (select count(*) from section47_enquiry e                                  -- Number of Section 47 Enquiries in the last
         where e.person_id = s.person_id                                          -- 12 months: the child's enquiries in the
           and e.start_date >= cast(s.start_date - interval '12 months' as date)  -- 12 months before this one
           and e.start_date < s.start_date)::int,
       (select count(*) from initial_conference c                                 -- Number of ICPCs in the last 12 months:
         where c.person_id = s.person_id                                          -- conferences in the 12 months before
           and c.conference_date >= cast(s.start_date - interval '12 months' as date) -- this enquiry began
           and c.conference_date < s.start_date)::int
from section47_enquiry s
left join initial_conference ic on ic.section47_id = s.id
where s.start_date <= :ref
  and (s.outcome_date is null or s.outcome_date >= :six or ic.conference_date between :six and :ref)
