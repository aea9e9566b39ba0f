-- The columns every Annex A list shares, around one list's rows (which select person_id, listed_on and then
-- the list's own columns in Ofsted's order). The child's allocation is the one current at the reference date, or
-- else the last one before it (the worker who had the case when it closed); a child never allocated shows the team
-- responsible for them and no worker; the worker is the personal adviser too when that is their role (list 9). The
-- scope and the team and worker filters narrow the rows.
with listed as (/*list*/)
select p.id as person_id,
       coalesce(a.team_id, p.responsible_team_id) as team_id,
       a.worker_user_id,
       p.local_id,
       p.sex,
       p.ethnicity,
       p.date_of_birth,
       case when p.date_of_birth is not null and p.date_of_birth <= :ref
            then extract(year from age(:ref, p.date_of_birth))::int end as age,
       (select case when bool_or(d.disability <> 'NONE') then 'YES' when count(*) > 0 then 'NO' end
          from person_disability d where d.person_id = p.id) as disability,
       t.name as team_name,
       u.display_name as worker_name,
       case when u.role = 'PERSONAL_ADVISER' then u.display_name end as adviser_name,
       listed.*
from listed
join person p on p.id = listed.person_id
left join lateral (select al.team_id, al.worker_user_id
                     from allocation al
                    where al.person_id = p.id and al.allocated_on <= :ref
                    order by al.allocated_on desc
                    limit 1) a on true
left join team t on t.id = coalesce(a.team_id, p.responsible_team_id)
left join app_user u on u.id = a.worker_user_id
where (:everyone or (not p.restricted and (:allTeams or p.responsible_team_id = any(:scopeTeams))) or p.id = any(:granted))
  and (cardinality(cast(:teamFilter as uuid[])) = 0 or coalesce(a.team_id, p.responsible_team_id) = any(:teamFilter))
  and (cardinality(cast(:workerFilter as uuid[])) = 0 or a.worker_user_id = any(:workerFilter))
order by listed.listed_on, p.local_id
