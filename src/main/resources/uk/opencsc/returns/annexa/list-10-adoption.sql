-- List 10, adoption: every child whose adoption record has an agency decision that they should be placed for
-- adoption by the reference date, and who was adopted in the 12 months before it, or had the decision reversed in
-- them, or neither yet (a current adoption case); one row each. Milestones after the reference date are blank. The
-- adoption record is restricted (AdoptionRecordPolicy): besides the frame's scope, a reader sees a child's row only
-- as a member of an adoption team (an unrestricted child) or with a grant to the child; the command sees every row.
select r.person_id, r.adm_decision_date as listed_on,
       case when r.matched_date <= :ref or r.early_placement_date <= :ref then h.family_ref end,    -- Family identifier
       coalesce(r.entered_care_date,                                                       -- Date the Child Entered Care: as
                (select max(c.start_date) from period_of_care c                            -- the adoption record says, else
                  where c.person_id = r.person_id and not c.short_breaks                   -- the start of the period of care
                    and c.start_date <= r.adm_decision_date)),                             -- the decision was made in
       r.adm_decision_date,                                                                -- Date of Decision ... Adoption
       case when r.placement_order_date <= :ref then r.placement_order_date end,           -- Date of Placement Order
       case when r.matched_date <= :ref then r.matched_date end,                           -- Date of Matching
       case when r.placed_date <= :ref then r.placed_date end,                             -- Date Placed for Adoption
       case when r.adoption_order_date <= :ref then r.adoption_order_date end,             -- Date of Adoption Order
       case when r.reversed_date <= :ref then r.reversed_date end,                         -- Date of Decision ... No Longer
       case when r.reversed_date <= :ref then r.reversed_reason end,                       -- Reason Why ... No Longer
       case when r.early_placement_date <= :ref then r.early_placement_date end            -- Date placed for FFA/concurrent
from adoption_record r
join person p on p.id = r.person_id
left join adopter_household h on h.id = r.household_id
where r.adm_decision_date <= :ref
  and (r.adoption_order_date between (cast(:ref as date) - interval '12 months')::date and :ref
       or r.reversed_date between (cast(:ref as date) - interval '12 months')::date and :ref
       or ((r.adoption_order_date is null or r.adoption_order_date > :ref) and (r.reversed_date is null or r.reversed_date > :ref)))
  and (:everyone or (:adoptionTeam and not p.restricted) or p.id = any(:granted))
