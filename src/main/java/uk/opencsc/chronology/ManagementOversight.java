package uk.opencsc.chronology;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What other modules (the workforce's "footprint of leaders in children's records") need to know of managers'
 * oversight case notes, in one query for many children. It does not check access or audit: the caller does.
 */
@Service
public class ManagementOversight {

    private final JdbcClient jdbc;

    ManagementOversight(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every child with a management oversight case note (or an addendum to one) that happened at or after {@code since}. */
    public Set<UUID> childrenWithOversightSince(Instant since) {
        return new HashSet<>(jdbc.sql("select distinct person_id from case_note where type = 'MANAGEMENT_OVERSIGHT' and occurred_at >= :s")
                .param("s", java.sql.Timestamp.from(since)).query(UUID.class).list());
    }
}
