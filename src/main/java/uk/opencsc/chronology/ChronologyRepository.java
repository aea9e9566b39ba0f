package uk.opencsc.chronology;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The chronology's entries in {@code chronology_entry}; written only from {@link SignificantEvent}s. */
@Repository
class ChronologyRepository {

    private final JdbcClient jdbc;

    ChronologyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An entry as the chronology page shows it. */
    record Entry(Instant occurredAt, ChronologyKind kind, String summary, String link, String sourceModule) {
    }

    /**
     * Adds the event's entry, or replaces it with a later revision. Running it again with the same event,
     * or with an older revision after a newer one, changes nothing: the listener may safely be retried.
     */
    void record(SignificantEvent e) {
        jdbc.sql("""
                        insert into chronology_entry (source_event_id, revision, person_id, occurred_at, kind, summary, source_module, link)
                        values (:id, :revision, :personId, :occurredAt, :kind, :summary, :source, :link)
                        on conflict (source_event_id) do update
                            set revision = excluded.revision, occurred_at = excluded.occurred_at, kind = excluded.kind,
                                summary = excluded.summary, link = excluded.link
                            where chronology_entry.revision < excluded.revision""")
                .param("id", e.id()).param("revision", e.revision()).param("personId", e.personId())
                .param("occurredAt", Timestamp.from(e.occurredAt())).param("kind", e.kind().name()).param("summary", e.summary())
                .param("source", e.sourceModule()).param("link", e.link())
                .update();
    }

    /**
     * The child's entries in date order, oldest first (a chronology reads forwards), those of the same moment in the
     * order they were recorded; {@code kind} null for all.
     */
    List<Entry> ofChild(UUID personId, ChronologyKind kind) {
        return jdbc.sql("select occurred_at, kind, summary, link, source_module from chronology_entry "
                        + "where person_id = :personId and (cast(:kind as text) is null or kind = :kind) order by occurred_at, recorded_order")
                .param("personId", personId).param("kind", kind == null ? null : kind.name())
                .query((rs, n) -> new Entry(rs.getTimestamp("occurred_at").toInstant(), ChronologyKind.of(rs.getString("kind")),
                        rs.getString("summary"), rs.getString("link"), rs.getString("source_module")))
                .list();
    }

    long count(UUID personId) {
        return jdbc.sql("select count(*) from chronology_entry where person_id = :personId").param("personId", personId)
                .query(Long.class).single();
    }
}
