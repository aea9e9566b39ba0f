-- List 11, adopters: every prospective adopter of a household in contact with the adoption agency in the 12 months
-- before the reference date (enquired by it, not left before the 12 months, and not a household whose children were
-- all adopted before them); one row per adopter, first and second. Adopters are not people in the record, so the
-- list has no child columns and no frame: the individual adopter identifier is the family identifier with "-1" or
-- "-2". The record holds the household's sexes (SSDA903 SEX_ADOPTR) but no adopter's ethnicity or disability, so
-- those are blank, and a male and female couple's genders (MF) are blank too: which adopter is which is not recorded.
-- Only the command and members of an adoption team (AdoptionRecordPolicy.mayReadAdopters) see any row.
with household as (
    select h.*,
           (select min(r.matched_date) from adoption_record r where r.household_id = h.id and r.matched_date <= :ref) as matched,
           (select min(r.placed_date) from adoption_record r where r.household_id = h.id and r.placed_date <= :ref) as placed,
           (select count(*) from adoption_record r where r.household_id = h.id and r.placed_date <= :ref) as children_placed,
           (select min(r.adoption_order_date) from adoption_record r where r.household_id = h.id and r.adoption_order_date <= :ref) as adopted
    from adopter_household h
    where h.enquiry_date <= :ref
      and (h.left_date is null or h.left_date >= (cast(:ref as date) - interval '12 months')::date)
      and (not exists (select 1 from adoption_record r where r.household_id = h.id)
           or exists (select 1 from adoption_record r where r.household_id = h.id
                       and (r.adoption_order_date is null or r.adoption_order_date >= (cast(:ref as date) - interval '12 months')::date)))
      and (:everyone or :adoptionTeam)
),
adopter (household_id, n, sex) as (
    select h.id, 1, case h.adopters_sex when 'M1' then 'M' when 'MM' then 'M' when 'F1' then 'F' when 'FF' then 'F' end
    from household h
    union all
    select h.id, 2, case h.adopters_sex when 'MM' then 'M' when 'FF' then 'F' end
    from household h where h.second_adopter is not null
)
select h.family_ref || '-' || a.n,                                                         -- Individual adopter identifier
       h.family_ref,                                                                       -- Family identifier
       a.sex,                                                                              -- Gender
       cast(null as text),                                                                 -- Ethnicity (not recorded)
       cast(null as text),                                                                 -- Disability (not recorded)
       h.fostering_for_adoption,                                                           -- fostering for adoption?
       h.enquiry_date,                                                                     -- Date enquiry received
       case when h.stage1_start <= :ref then h.stage1_start end,                           -- Date Stage 1 started
       case when h.stage1_end <= :ref then h.stage1_end end,                               -- Date Stage 1 ended
       case when h.stage2_start <= :ref then h.stage2_start end,                           -- Date Stage 2 started
       case when h.stage2_end <= :ref then h.stage2_end end,                               -- Date Stage 2 ended
       -- Date application submitted: stage two begins when the agency receives the formal application (Adoption
       -- Agencies Regulations 2005 as amended in 2013), so it is stage two's first day
       case when h.stage2_start <= :ref then h.stage2_start end,
       case when h.approval_date <= :ref then h.approval_date end,                         -- Date application approved
       h.matched,                                                                          -- Date adopter matched with child(ren)
       h.placed,                                                                           -- Date child/children placed
       h.children_placed,                                                                  -- No. of children placed
       h.adopted,                                                                          -- Date of Adoption Order
       case when h.left_date <= :ref then h.left_date end,                                 -- Date of leaving adoption process
       case when h.left_date <= :ref then h.left_reason end                                -- Reason for leaving
from household h
join adopter a on a.household_id = h.id
order by h.enquiry_date, h.family_ref, a.n
