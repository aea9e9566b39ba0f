package uk.opencsc.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Writes and reads the audit log. The only code that touches the {@code audit_event} table. */
@Repository
class AuditLog {

    /** Serialises appends so the chain has one order; held only until the appending transaction ends. */
    private static final long CHAIN_LOCK = 0x0A0D17L;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Appends a row in the caller's transaction (or a new one), so a change and its audit row are
     * written together or not at all.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    AuditEntry append(String actor, String action, UUID personId, String subject, String details) {
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", CHAIN_LOCK).query().singleValue();
        AuditEntry head = jdbc.sql("select * from audit_event order by seq desc limit 1").query(AuditLog::entry).optional().orElse(null);
        AuditEntry entry = AuditChain.next(head, Instant.now(clock), actor, action, personId, subject, details);
        jdbc.sql("""
                        insert into audit_event (seq, occurred_at, actor, action, person_id, subject, details, previous_hash, hash)
                        values (:seq, :at, :actor, :action, :person, :subject, :details, :prev, :hash)""")
                .param("seq", entry.seq())
                .param("at", Timestamp.from(entry.occurredAt()))
                .param("actor", entry.actor())
                .param("action", entry.action())
                .param("person", entry.personId())
                .param("subject", entry.subject())
                .param("details", entry.details())
                .param("prev", entry.previousHash())
                .param("hash", entry.hash())
                .update();
        return entry;
    }

    /** Streams every row in chain order, without holding the whole log in memory. */
    @Transactional(readOnly = true)
    void forEachInOrder(Consumer<AuditEntry> action) {
        try (var rows = jdbc.sql("select * from audit_event order by seq").withFetchSize(5000).query(AuditLog::entry).stream()) {
            rows.forEach(action);
        }
    }

    List<AuditEntry> find(AuditQuery query, ZoneId zone, int limit) {
        StringBuilder sql = new StringBuilder("select * from audit_event where true");
        var params = new java.util.LinkedHashMap<String, Object>();
        if (query.personId() != null) {
            sql.append(" and person_id = :person");
            params.put("person", query.personId());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            sql.append(" and lower(actor) = lower(:actor)");
            params.put("actor", query.actor().trim());
        }
        if (query.from() != null) {
            sql.append(" and occurred_at >= :from");
            params.put("from", Timestamp.from(query.from().atStartOfDay(zone).toInstant()));
        }
        if (query.toInclusive() != null) {
            sql.append(" and occurred_at < :to");
            params.put("to", Timestamp.from(query.toInclusive().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        sql.append(" order by seq desc limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(AuditLog::entry).list();
    }

    /**
     * @param personId    rows about this child, or null for any
     * @param actor       rows by this user, or null/blank for any
     * @param from        from the start of this day, or null
     * @param toInclusive to the end of this day, or null
     */
    record AuditQuery(UUID personId, String actor, LocalDate from, LocalDate toInclusive) {
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getObject("person_id", UUID.class), rs.getString("subject"),
                rs.getString("details"), rs.getString("previous_hash"), rs.getString("hash"));
    }
}
