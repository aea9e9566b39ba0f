-- people: the children a team holds (every team tray visit) answered from the index alone, without reading a
-- page of the person table per child.
drop index person_team;
create index person_team on person (responsible_team_id) include (id);
