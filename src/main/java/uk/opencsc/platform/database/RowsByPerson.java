package uk.opencsc.platform.database;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the rows of many persons in one query and hands them back person by person, for pages that show many
 * children's records at once (a caseload, a team's work tray).
 */
public final class RowsByPerson {

    private RowsByPerson() {
    }

    /**
     * @param sql a query with the parameter {@code :persons} (use {@code person_id = any(:persons)}) that selects a
     *            {@code person_id} column; each person's rows keep the query's order
     * @return the rows of each person that has any
     */
    public static <T> Map<UUID, List<T>> query(JdbcClient jdbc, String sql, Collection<UUID> personIds, RowMapper<T> mapper) {
        Map<UUID, List<T>> rows = new HashMap<>();
        if (personIds.isEmpty()) {
            return rows;
        }
        jdbc.sql(sql).param("persons", UuidArray.of(personIds)).query(rs -> {
            T row = mapper.mapRow(rs, 0);
            rows.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new ArrayList<>()).add(row);
        });
        return rows;
    }

    /** The rows of one person, in the query's order; none when it has none. */
    public static <T> List<T> of(Map<UUID, List<T>> rows, UUID personId) {
        return rows.getOrDefault(personId, List.of());
    }
}
