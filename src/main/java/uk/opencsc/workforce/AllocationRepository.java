package uk.opencsc.workforce;

import uk.opencsc.platform.database.UuidArray;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The allocation table. Ending an allocation names the version read (optimistic locking). */
@Repository
class AllocationRepository {

    private static final String SELECT = """
            select a.id, a.person_id, a.worker_user_id, w.display_name as worker_name, a.team_id, t.name as team_name,
                   a.team_manager_user_id, m.display_name as manager_name, a.allocated_on, a.reason, a.allocated_by,
                   a.ended_on, a.end_reason, a.ended_by, a.version, a.updated_at, a.updated_by
            from allocation a join app_user w on w.id = a.worker_user_id join team t on t.id = a.team_id
                 left join app_user m on m.id = a.team_manager_user_id
            """;

    private final JdbcClient jdbc;

    AllocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the child already has a current allocation (the unique index refused the second) */
    boolean insert(UUID id, UUID personId, UUID workerUserId, UUID teamId, UUID managerUserId, LocalDate allocatedOn,
                   String reason, String actor) {
        return jdbc.sql("""
                        insert into allocation (id, person_id, worker_user_id, team_id, team_manager_user_id, allocated_on, reason,
                                                allocated_by, created_by, updated_by)
                        values (:id, :person, :worker, :team, :manager, :on, :reason, :actor, :actor, :actor)
                        on conflict (person_id) where ended_on is null do nothing""")
                .param("id", id).param("person", personId).param("worker", workerUserId).param("team", teamId)
                .param("manager", managerUserId).param("on", allocatedOn).param("reason", reason).param("actor", actor)
                .update() == 1;
    }

    /** @return false when the allocation is no longer current at {@code version} */
    boolean end(UUID id, int version, LocalDate endedOn, String reason, String actor) {
        return jdbc.sql("""
                        update allocation set ended_on = :on, end_reason = :reason, ended_by = :actor, version = version + 1,
                            updated_at = now(), updated_by = :actor
                        where id = :id and version = :version and ended_on is null""")
                .param("on", endedOn).param("reason", reason).param("actor", actor).param("id", id).param("version", version)
                .update() == 1;
    }

    Optional<Allocation> find(UUID id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(AllocationRepository::allocation).optional();
    }

    /** The child's allocations, the current one (or the latest) first. */
    List<Allocation> historyOf(UUID personId) {
        return jdbc.sql(SELECT + " where a.person_id = :p order by a.ended_on desc nulls first, a.allocated_on desc")
                .param("p", personId).query(AllocationRepository::allocation).list();
    }

    List<UUID> childrenAllocatedTo(UUID userId) {
        return jdbc.sql("select person_id from allocation where worker_user_id = :u and ended_on is null order by allocated_on, person_id")
                .param("u", userId).query(UUID.class).list();
    }

    Map<UUID, CurrentAllocation> currentAllocations(Collection<UUID> childIds) {
        Map<UUID, CurrentAllocation> result = new HashMap<>();
        if (childIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select a.person_id, a.worker_user_id, w.display_name, a.team_id, a.allocated_on
                        from allocation a join app_user w on w.id = a.worker_user_id
                        where a.ended_on is null and a.person_id = any(:ids)""")
                .param("ids", UuidArray.of(childIds))
                .query(rs -> {
                    UUID child = rs.getObject(1, UUID.class);
                    result.put(child, new CurrentAllocation(child, rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class)));
                });
        return result;
    }

    /** Every child with a current allocation. */
    java.util.Set<UUID> allocatedChildren() {
        return new java.util.HashSet<>(jdbc.sql("select person_id from allocation where ended_on is null").query(UUID.class).list());
    }

    /** For each of these children with an ended allocation, the day the latest one ended. */
    Map<UUID, LocalDate> lastEnded(Collection<UUID> childIds) {
        Map<UUID, LocalDate> result = new HashMap<>();
        if (childIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select person_id, max(ended_on) from allocation where ended_on is not null and person_id = any(:ids) group by person_id")
                .param("ids", UuidArray.of(childIds))
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
                });
        return result;
    }

    /** Current caseload (children held today) of each of these workers; a worker holding none is absent. */
    Map<UUID, Integer> caseloadCounts(Collection<UUID> userIds) {
        Map<UUID, Integer> result = new HashMap<>();
        if (userIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select worker_user_id, count(*) from allocation where ended_on is null and worker_user_id = any(:ids) group by worker_user_id")
                .param("ids", UuidArray.of(userIds))
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return result;
    }

    private static Allocation allocation(ResultSet rs, int n) throws SQLException {
        return new Allocation(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("worker_user_id", UUID.class), rs.getString("worker_name"), rs.getObject("team_id", UUID.class),
                rs.getString("team_name"), rs.getObject("team_manager_user_id", UUID.class), rs.getString("manager_name"),
                rs.getObject("allocated_on", LocalDate.class), rs.getString("reason"), rs.getString("allocated_by"),
                rs.getObject("ended_on", LocalDate.class), rs.getString("end_reason"), rs.getString("ended_by"),
                rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
