package uk.opencsc.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Writes and reads the audit log. The only code that touches the {@code audit_event} table. */
@Repository
class AuditLog {

    /** Serialises appends so the chain has one order; held only until the appending transaction ends. */
    private static final long CHAIN_LOCK = 0x0A0D17L;

    /** Bound to a transaction that has appended, and so holds {@link #CHAIN_LOCK} until it ends. */
    private static final Object CHAIN_HELD = new Object();

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Appends a row in the caller's transaction (or a new one), so a change and its audit row are
     * written together or not at all. The chain lock is then held until that transaction ends, which the
     * transaction remembers ({@link #holdsChainLock()}): anything else it audits must be appended in it too.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    AuditEntry append(String actor, String action, UUID personId, String subject, String details) {
        AuditEntry entry = appendAll(jdbc, clock, List.of(new NewRow(actor, action, personId, subject, details))).getFirst();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(CHAIN_HELD)) {
            TransactionSynchronizationManager.bindResource(CHAIN_HELD, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CHAIN_HELD);
                }
            });
        }
        return entry;
    }

    /** Whether the current transaction has appended a row, and so holds the chain lock until it ends. */
    static boolean holdsChainLock() {
        return TransactionSynchronizationManager.hasResource(CHAIN_HELD);
    }

    /** A row still to be chained. */
    record NewRow(String actor, String action, UUID personId, String subject, String details) {
    }

    /**
     * Chains and inserts rows, in order, in the transaction {@code jdbc} is bound to: the lock serialises appenders
     * (on every instance of the application) so the chain has one order.
     */
    static List<AuditEntry> appendAll(JdbcClient jdbc, Clock clock, List<NewRow> rows) {
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", CHAIN_LOCK).query().singleValue();
        AuditEntry head = jdbc.sql("select * from audit_event order by seq desc limit 1").query(AuditLog::entry).optional().orElse(null);
        Instant now = Instant.now(clock);
        List<AuditEntry> appended = new ArrayList<>(rows.size());
        for (NewRow row : rows) {
            head = AuditChain.next(head, now, row.actor(), row.action(), row.personId(), row.subject(), row.details());
            appended.add(head);
            jdbc.sql("""
                            insert into audit_event (seq, occurred_at, actor, action, person_id, subject, details, previous_hash, hash)
                            values (:seq, :at, :actor, :action, :person, :subject, :details, :prev, :hash)""")
                    .param("seq", head.seq())
                    .param("at", Timestamp.from(head.occurredAt()))
                    .param("actor", head.actor())
                    .param("action", head.action())
                    .param("person", head.personId())
                    .param("subject", head.subject())
                    .param("details", head.details())
                    .param("prev", head.previousHash())
                    .param("hash", head.hash())
                    .update();
        }
        return appended;
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
