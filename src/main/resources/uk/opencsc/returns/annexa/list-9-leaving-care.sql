-- List 9, leaving care: every young person with a care leaver record whose category (eligible, relevant, former
-- relevant, qualifying) began by the reference date and whose support had not ended by it; one row each. The category
-- is the one recorded now (the record keeps no history of categories). The latest review, contact, accommodation
-- and activity are the latest by the reference date.
select l.person_id, l.category_from as listed_on,
       exists (select 1 from period_of_care u join person p on p.id = u.person_id          -- UASC, or formerly UASC if
                where u.person_id = l.person_id and u.uasc and u.start_date <= :ref        -- 18 or over
                  and (p.date_of_birth <= (cast(:ref as date) - interval '18 years')::date
                       or coalesce(u.uasc_ceased_on, (p.date_of_birth + interval '18 years')::date) > :ref)),
       l.category,                                                                         -- Eligibility Category
       (select max(r.review_date) from pathway_plan_review r                               -- Latest Pathway Plan Review Date
         where r.person_id = l.person_id and r.review_date <= :ref),
       latest_contact.in_touch,                                                            -- LA in Touch
       latest_contact.contact_date,                                                        -- Latest Date of Contact
       accommodation.accommodation,                                                        -- Type of Accommodation
       accommodation.suitable,                                                             -- Suitability of Accommodation
       (select a.activity from care_leaver_activity a                                      -- Activity Status
         where a.person_id = l.person_id and a.from_date <= :ref
         order by a.from_date desc, a.created_at desc limit 1)
from care_leaver l
left join lateral (select c.in_touch, c.contact_date from care_leaver_contact c
                    where c.person_id = l.person_id and c.contact_date <= :ref
                    order by c.contact_date desc, c.created_at desc limit 1) latest_contact on true
left join lateral (select a.accommodation, a.suitable from care_leaver_accommodation a
                    where a.person_id = l.person_id and a.from_date <= :ref
                    order by a.from_date desc, a.created_at desc limit 1) accommodation on true
where l.category_from <= :ref and (l.support_ended_on is null or l.support_ended_on > :ref)
