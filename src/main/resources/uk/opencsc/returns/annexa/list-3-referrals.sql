-- List 3, referrals: every referral received in the six months up to the reference date, one row per referral.
select r.person_id, r.referral_date as listed_on,
       r.referral_date,                                                            -- Date of referral
       r.source,                                                                   -- Referral Source
       r.no_further_action and (r.closure_date is null or r.closure_date <= :ref), -- Referral NFA?
       (select count(*) from referral earlier                                      -- Number of Referrals in Last 12 Months:
         where earlier.person_id = r.person_id                                     -- the child's referrals in the 12 months
           and earlier.referral_date >= cast(r.referral_date - interval '12 months' as date)
           and earlier.referral_date < r.referral_date)::int                       -- before this one
from referral r
where r.referral_date between :six and :ref
