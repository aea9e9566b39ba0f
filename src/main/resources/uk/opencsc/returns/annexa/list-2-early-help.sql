-- List 2, early help: every early help episode open at any time in the six months up to the reference date
-- (started before it and not ended before it), so both those assessed in the window and the current ones.
select e.person_id, e.start_date as listed_on,
       e.start_date,                                        -- Assessment start date
       case when e.end_date <= :ref then e.end_date end,    -- Assessment completion date
       e.lead_organisation                                  -- Organisation completing assessment
from early_help_episode e
where e.start_date <= :ref and (e.end_date is null or e.end_date >= :six)
