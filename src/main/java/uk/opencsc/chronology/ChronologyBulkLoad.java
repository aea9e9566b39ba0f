package uk.opencsc.chronology;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.platform.database.CopyRows;

import java.util.Collection;
import javax.sql.DataSource;

/**
 * The chronology entries of a bulk load (the synthetic local authority, a migration): the significant events a
 * journey module's pages would have published for each historic fact, written with COPY in the loading module's
 * transaction instead of one event publication per fact. Idempotent exactly as {@link ChronologyListener} is:
 * {@link SignificantEvent#id()} is the key, a higher revision replaces an entry and an older or equal one changes
 * nothing, so loading the same history twice (or an event that the listener already wrote) never makes two lines.
 */
@Service
public class ChronologyBulkLoad {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    ChronologyBulkLoad(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * @return how many entries were added or revised
     * @throws IllegalStateException when the database refuses an entry, with
     *                               PostgreSQL's message; nothing is loaded when the caller's transaction rolls back
     */
    @Transactional
    public int load(Collection<SignificantEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        // COPY cannot say "on conflict": the rows go to a staging table first, then into the chronology with the
        // listener's rule. One load may run several times in one transaction (the demo's), hence "if not exists".
        jdbc.sql("""
                create temporary table if not exists chronology_entry_load (position integer, source_event_id uuid, revision integer,
                    person_id uuid, occurred_at timestamptz, kind text, summary text, source_module text, link text)
                on commit drop""").update();
        jdbc.sql("truncate chronology_entry_load").update();
        CopyRows rows = new CopyRows("chronology_entry_load (position, source_event_id, revision, person_id, occurred_at, kind, "
                + "summary, source_module, link)");
        int position = 0;
        for (SignificantEvent e : events) {
            rows.add(position++, e.id(), e.revision(), e.personId(), e.occurredAt(), e.kind().name(), e.summary(), e.sourceModule(),
                    e.link());
        }
        CopyRows.copyAll(dataSource, "the chronology load", rows);
        // in the order given, so that entries of one day with no time keep the order the facts happened in
        return jdbc.sql("""
                        insert into chronology_entry (source_event_id, revision, person_id, occurred_at, kind, summary, source_module, link)
                        select source_event_id, revision, person_id, occurred_at, kind, summary, source_module, link
                        from (select distinct on (source_event_id) * from chronology_entry_load
                              order by source_event_id, revision desc, position) latest
                        order by position
                        on conflict (source_event_id) do update
                            set revision = excluded.revision, occurred_at = excluded.occurred_at, kind = excluded.kind,
                                summary = excluded.summary, link = excluded.link
                            where chronology_entry.revision < excluded.revision""")
                .update();
    }
}
