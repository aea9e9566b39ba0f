-- The children of one CIN census year, one row per child ordered by LAchildID, each with the CIN episodes the DfE's
-- census guide puts in scope (as JSON, in the XML's nesting). :start is 1 April, :reference the following 31 March
-- (both inclusive). Nothing dated after the reference date is reported: an episode, plan or enquiry that ended after
-- it is open at the reference date, and one that began after it is out.
--   episodes:     referred on or before the reference date and not closed before the start (open at any time in the
--                 year, including referrals closed with no further action within the year)
--   assessments:  started by the reference date and not authorised before the start (in progress or completed in the
--                 year); factors are those identified at the end of the assessment, so only with its authorisation
--   CIN plans:    open at any time in the year
--   section 47s:  started in the year, or started before it with their initial conference held in it
--   CP plans:     open at any time in the year, within the episode open when they began; review conferences held in
--                 the year
-- :person, when not null, limits it to that child: the check of the census when a worker saves a form.
with episode as (
    select r.id, r.person_id, r.referral_date, r.source, r.primary_need, r.no_further_action,
           case when r.closure_date <= :reference then r.closure_date end       as closure_date,
           case when r.closure_date <= :reference then r.reason_for_closure end as reason_for_closure
    from referral r
    where r.referral_date <= :reference and (r.closure_date is null or r.closure_date >= :start)
      and (cast(:person as uuid) is null or r.person_id = :person)
),
assessment as (
    select a.referral_id,
           json_agg(json_build_object(
               'start', a.start_date,
               'review', case when a.internal_review_date <= :reference then a.internal_review_date end,
               'authorised', case when a.authorisation_date <= :reference then a.authorisation_date end,
               'factors', case when a.authorisation_date <= :reference then a.factors end)
               order by a.start_date, a.id) as items
    from child_and_family_assessment a
    join episode e on e.id = a.referral_id
    where a.start_date <= :reference and (a.authorisation_date is null or a.authorisation_date >= :start)
      and (cast(:person as uuid) is null or a.person_id = :person)
    group by a.referral_id
),
cin_plan as (
    select p.referral_id,
           json_agg(json_build_object(
               'start', p.start_date,
               'end', case when p.end_date <= :reference then p.end_date end)
               order by p.start_date, p.id) as items
    from child_in_need_plan p
    join episode e on e.id = p.referral_id
    where p.start_date <= :reference and (p.end_date is null or p.end_date >= :start)
      and (cast(:person as uuid) is null or p.person_id = :person)
    group by p.referral_id
),
enquiry as (
    select d.referral_id, s.id, s.start_date, s.icpc_target,
           case when coalesce(c.conference_date, s.date_of_icpc) <= :reference
                then coalesce(c.conference_date, s.date_of_icpc) end as icpc_date,
           -- decided by the reference date; an enquiry loaded from a census has the decision without its date (the
           -- census does not carry one), and was decided by that census's reference date
           coalesce(s.icpc_not_required and (s.outcome_date is null or s.outcome_date <= :reference), false)
               as icpc_not_required
    from section47_enquiry s
    join strategy_discussion d on d.id = s.strategy_discussion_id
    join episode e on e.id = d.referral_id
    left join initial_conference c on c.section47_id = s.id
    where s.start_date <= :reference
      and (cast(:person as uuid) is null or s.person_id = :person)
      and (s.start_date >= :start or coalesce(c.conference_date, s.date_of_icpc) between :start and :reference)
),
section47 as (
    select referral_id,
           json_agg(json_build_object(
               'start', start_date,
               'target', icpc_target,
               'icpc', icpc_date,
               'notRequired', icpc_not_required)
               order by start_date, id) as items
    from enquiry
    group by referral_id
),
protection_plan as (
    select within.episode_id,
           json_agg(json_build_object(
               'start', p.start_date,
               'end', case when p.end_date <= :reference then p.end_date end,
               'initial', p.initial_category,
               'latest', p.latest_category,
               'previous', p.previous_plans,
               'reviews', (select coalesce(json_agg(m.meeting_date order by m.meeting_date), '[]'::json)
                           from child_protection_meeting m
                           where m.plan_id = p.id and m.kind = 'REVIEW_CONFERENCE'
                             and m.meeting_date between :start and :reference))
               order by p.start_date, p.id) as items
    from child_protection_plan p
    cross join lateral (
        select e.id as episode_id from episode e
        where e.person_id = p.person_id and e.referral_date <= p.start_date
        order by e.referral_date desc, e.id desc limit 1) within
    where p.start_date <= :reference and (p.end_date is null or p.end_date >= :start)
      and (cast(:person as uuid) is null or p.person_id = :person)
    group by within.episode_id
),
child_episodes as (
    select e.person_id,
           json_agg(json_build_object(
               'referral', e.referral_date,
               'source', e.source,
               'need', e.primary_need,
               'closure', e.closure_date,
               'reason', e.reason_for_closure,
               'nfa', e.no_further_action,
               'assessments', coalesce(a.items, '[]'::json),
               'cinPlans', coalesce(cp.items, '[]'::json),
               'section47s', coalesce(s47.items, '[]'::json),
               'protectionPlans', coalesce(pp.items, '[]'::json))
               order by e.referral_date, e.id) as episodes
    from episode e
    left join assessment a on a.referral_id = e.id
    left join cin_plan cp on cp.referral_id = e.id
    left join section47 s47 on s47.referral_id = e.id
    left join protection_plan pp on pp.episode_id = e.id
    group by e.person_id
)
-- a child born after the reference date was unborn on it: their date of birth is the census's expected date of birth;
-- and an unborn child's sex is U (rule 8750: it is the sex on the birth certificate, which there is not yet), whatever a
-- scan may have recorded
select p.id, p.local_id, p.upn, p.upn_unknown_reason,
       case when p.date_of_birth <= :reference then p.date_of_birth end as date_of_birth,
       coalesce(p.expected_date_of_birth, case when p.date_of_birth > :reference then p.date_of_birth end) as expected_date_of_birth,
       case when p.date_of_birth is null or p.date_of_birth > :reference then 'U' else p.sex end as sex,
       case when p.date_of_death <= :reference then p.date_of_death end as date_of_death,
       p.ethnicity,
       (select array_agg(d.disability order by d.disability) from person_disability d where d.person_id = p.id) as disabilities,
       ce.episodes
from child_episodes ce
join person p on p.id = ce.person_id
order by p.local_id
