-- pg_trgm declares its word-similarity operators as cheap as an integer comparison, so for a
-- search over every record (analysts, IROs, inspectors) the planner preferred reading all 60,000
-- persons and computing the similarity for each (~140 ms) to the trigram index (~10 ms). Telling
-- it what the function really costs lets it choose the index (measured: bench search --user analyst.demo).
-- Only the owner of the extension's functions may do this; where the migration's role is not, the
-- search still works, just slower, so the step is skipped rather than failed.
do $$
begin
    alter function word_similarity_op(text, text) cost 100;
    alter function word_similarity_commutator_op(text, text) cost 100;
exception when insufficient_privilege then
    raise notice 'pg_trgm operator costs left as they were: % (search over all records will be slower)', sqlerrm;
end;
$$;
