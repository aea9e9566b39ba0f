-- List 1, contacts: every contact received in the six months up to the reference date, one row per contact.
select c.person_id, c.received_on as listed_on,
       c.received_on,                       -- Date of Contact
       c.source                             -- Contact Source
from contact c
where c.received_on between :six and :ref
