package uk.opencsc.workforce;

import uk.opencsc.platform.database.UuidArray;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.opencsc.access.Role;
import uk.opencsc.platform.validation.CodeList;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The workforce's own tables (team_kind, worker_employment, worker_team_history), read together with the teams
 * and users that access keeps, which it reads by id and never writes.
 */
@Repository
class WorkforceRepository {

    private final JdbcClient jdbc;

    WorkforceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user as the workforce pages show them, with their employment when recorded. */
    record Worker(UUID userId, String username, String name, Role role, UUID teamId, String teamName, String service,
                  boolean enabled, WorkerEmployment employment) {
    }

    static final String WORKER_SELECT = """
            select u.id, u.username, u.display_name, u.role, u.team_id, t.name as team_name, coalesce(u.service, t.service) as service,
                   u.enabled, e.registration_number, e.qualification, e.qualified_on, e.fte, e.employment, e.started_on, e.left_on,
                   e.leaving_reason, e.version, e.updated_at, e.updated_by
            from app_user u left join team t on t.id = u.team_id left join worker_employment e on e.user_id = u.id
            """;

    Optional<Worker> worker(UUID userId) {
        return jdbc.sql(WORKER_SELECT + " where u.id = :id").param("id", userId).query(WorkforceRepository::worker).optional();
    }

    /** The users of these teams (every role), by team then name. */
    List<Worker> workersOf(Collection<UUID> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(WORKER_SELECT + " where u.team_id = any(:teams) order by t.name, u.display_name")
                .param("teams", UuidArray.of(teamIds)).query(WorkforceRepository::worker).list();
    }

    /** Every team: id, name and service. */
    record Team(UUID id, String name, String service, TeamKind kind) {
    }

    List<Team> teams() {
        return jdbc.sql("select t.id, t.name, t.service, k.kind from team t left join team_kind k on k.team_id = t.id order by t.service, t.name")
                .query((rs, n) -> new Team(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? null : TeamKind.valueOf(rs.getString(4))))
                .list();
    }

    /** The enabled team managers of the team, by name. */
    List<UUID> managersOf(UUID teamId) {
        return jdbc.sql("select id from app_user where team_id = :t and role = 'TEAM_MANAGER' and enabled order by display_name, id")
                .param("t", teamId).query(UUID.class).list();
    }

    void insertEmployment(WorkerEmployment e, String actor) {
        jdbc.sql("""
                        insert into worker_employment (user_id, registration_number, qualification, qualified_on, fte, employment,
                                                       started_on, left_on, leaving_reason, created_by, updated_by)
                        values (:user, :reg, :qual, :qualifiedOn, :fte, :employment, :started, :left, :reason, :actor, :actor)""")
                .params(params(e)).param("actor", actor).update();
    }

    /** @return false when the employment's version is no longer {@code version} */
    boolean updateEmployment(WorkerEmployment e, int version, String actor) {
        return jdbc.sql("""
                        update worker_employment set registration_number = :reg, qualification = :qual, qualified_on = :qualifiedOn,
                            fte = :fte, employment = :employment, started_on = :started, left_on = :left, leaving_reason = :reason,
                            version = version + 1, updated_at = now(), updated_by = :actor
                        where user_id = :user and version = :version""")
                .params(params(e)).param("actor", actor).param("version", version).update() == 1;
    }

    /** A period in a team: from (inclusive) to (exclusive), {@code to} null for the current team. */
    record TeamPeriod(String teamName, LocalDate from, LocalDate to) {
    }

    List<TeamPeriod> teamHistory(UUID userId) {
        return jdbc.sql("""
                        select t.name, h.from_date, h.to_date from worker_team_history h join team t on t.id = h.team_id
                        where h.user_id = :u order by h.from_date desc""")
                .param("u", userId)
                .query((rs, n) -> new TeamPeriod(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .list();
    }

    private static Map<String, Object> params(WorkerEmployment e) {
        Map<String, Object> p = new HashMap<>();
        p.put("user", e.userId());
        p.put("reg", e.registrationNumber() == null ? null : e.registrationNumber().value());
        p.put("qual", e.qualification());
        p.put("qualifiedOn", e.qualifiedOn());
        p.put("fte", e.fte());
        p.put("employment", e.employment().code());
        p.put("started", e.startedOn());
        p.put("left", e.leftOn());
        p.put("reason", e.leavingReason() == null ? null : e.leavingReason().code());
        return p;
    }

    static Worker worker(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        WorkerEmployment employment = rs.getString("employment") == null ? null : new WorkerEmployment(id,
                rs.getString("registration_number") == null ? null : new RegistrationNumber(rs.getString("registration_number")),
                rs.getString("qualification"), rs.getObject("qualified_on", LocalDate.class), rs.getBigDecimal("fte"),
                CodeList.fromCode(Employment.class, "employment", rs.getString("employment")),
                rs.getObject("started_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
                CodeList.fromOptionalCode(LeavingReason.class, "leavingReason", rs.getString("leaving_reason")),
                rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
        return new Worker(id, rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getObject("team_id", UUID.class), rs.getString("team_name"), rs.getString("service"), rs.getBoolean("enabled"),
                employment);
    }

    static BigDecimal fte(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
