package uk.opencsc.workforce;

import uk.opencsc.platform.database.UuidArray;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.opencsc.platform.validation.CodeList;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The caseload settings, and allocations read for caseloads: set-based, one query for all the workers shown. */
@Repository
class CaseloadRepository {

    private final JdbcClient jdbc;

    CaseloadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CaseloadSettings settings() {
        Map<CaseType, BigDecimal> weights = new EnumMap<>(CaseType.class);
        jdbc.sql("select case_type, weight from case_weight").query(rs -> {
            weights.put(CodeList.fromCode(CaseType.class, "caseType", rs.getString(1)), rs.getBigDecimal(2));
        });
        return jdbc.sql("""
                        select caseload_threshold, supervision_weeks, newly_qualified_supervision_weeks, version, updated_at, updated_by
                        from workforce_setting""")
                .query((rs, n) -> new CaseloadSettings(new CaseWeighting(weights), new CaseloadThreshold(rs.getBigDecimal(1)),
                        new SupervisionDue(rs.getInt(2), rs.getInt(3)), rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .single();
    }

    /** @return false when the settings are no longer at {@code version}; the weights are then left alone */
    boolean updateSettings(CaseWeighting weighting, CaseloadThreshold threshold, SupervisionDue supervision, int version, String actor) {
        boolean updated = jdbc.sql("""
                        update workforce_setting set caseload_threshold = :threshold, supervision_weeks = :weeks,
                            newly_qualified_supervision_weeks = :nq, version = version + 1, updated_at = now(), updated_by = :actor
                        where version = :version""")
                .param("threshold", threshold.limit()).param("weeks", supervision.weeks()).param("nq", supervision.newlyQualifiedWeeks())
                .param("actor", actor).param("version", version).update() == 1;
        if (updated) {
            weighting.weights().forEach((type, weight) -> jdbc.sql("""
                            insert into case_weight (case_type, weight) values (:t, :w)
                            on conflict (case_type) do update set weight = excluded.weight""")
                    .param("t", type.code()).param("w", weight).update());
        }
        return updated;
    }

    /** A child held today: by which worker, in which team. */
    record Held(UUID personId, UUID workerUserId, UUID teamId) {
    }

    /** The current allocations of these workers. */
    List<Held> heldBy(Collection<UUID> workerIds) {
        if (workerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select person_id, worker_user_id, team_id from allocation where ended_on is null and worker_user_id = any(:w)")
                .param("w", UuidArray.of(workerIds))
                .query((rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)))
                .list();
    }

    /** Every child held today, with the team that holds them: one pass over the current allocations. */
    Map<UUID, UUID> currentTeams() {
        Map<UUID, UUID> result = new java.util.HashMap<>();
        jdbc.sql("select person_id, team_id from allocation where ended_on is null").query(rs -> {
            result.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
        });
        return result;
    }

    /** The allocations to these teams that had not ended by {@code from}: enough to count every month end since then. */
    List<MonthEndCaseloads.Held> periodsOfTeams(Collection<UUID> teamIds, LocalDate from) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select allocated_on, ended_on from allocation where team_id = any(:t) and (ended_on is null or ended_on > :from)")
                .param("t", UuidArray.of(teamIds)).param("from", from)
                .query((rs, n) -> new MonthEndCaseloads.Held(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .list();
    }
}
