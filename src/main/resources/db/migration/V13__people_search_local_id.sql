-- people: find a person by local ID as typed, whatever its case ("p0000042")
create index person_local_id_upper on person (upper(local_id));
