package uk.opencsc.workforce;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.platform.validation.InvalidValueException;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Loads a workforce at once (the synthetic local authority, a migration) with PostgreSQL's COPY: team kinds,
 * workers' employment and team history, and children's allocations with their history. One transaction: one bad
 * row loads nothing. The team and its manager of each allocation are the worker's; a current allocation's worker
 * must be in the child's responsible team already (a load is history: it does not move records between teams).
 * Audited as one change; no domain event per row.
 */
@Service
public class WorkforceBulkLoad {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    WorkforceBulkLoad(DataSource dataSource, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * A worker's employment and the team they joined on {@code joinedTeamOn} (their team in access).
     *
     * @param previousTeamId the team they were in from {@code startedOn} until {@code joinedTeamOn}; null when none
     */
    public record HistoricWorker(UUID userId, String registrationNumber, String qualification, LocalDate qualifiedOn, BigDecimal fte,
                                 Employment employment, LocalDate startedOn, UUID previousTeamId, LocalDate joinedTeamOn) {
    }

    /** @param endedOn null for the current allocation (then {@code endReason} is null too) */
    public record HistoricAllocation(UUID personId, UUID workerUserId, LocalDate allocatedOn, String reason, LocalDate endedOn,
                                     String endReason) {
    }

    public record Summary(int workers, int allocations, int current) {
    }

    /**
     * @throws InvalidValueException naming the row and field when a value breaks a rule; nothing is loaded
     * @throws IllegalStateException when the database refuses a row (an overlap, a second current allocation); nothing is loaded
     */
    @Transactional
    public Summary load(Map<UUID, TeamKind> teamKinds, List<HistoricWorker> workers, List<HistoricAllocation> allocations) {
        String actor = actor();
        Map<UUID, UUID> teamOf = new HashMap<>();
        jdbc.sql("select id, team_id from app_user where team_id is not null")
                .query(rs -> {
                    teamOf.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        Map<UUID, UUID> managerOf = new HashMap<>();
        jdbc.sql("select team_id, id from app_user where role = 'TEAM_MANAGER' and enabled and team_id is not null order by display_name desc, id desc")
                .query(rs -> {
                    managerOf.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        StringBuilder kinds = new StringBuilder();
        teamKinds.forEach((team, kind) -> row(kinds, team, kind.code(), actor, actor));
        StringBuilder employment = new StringBuilder();
        StringBuilder history = new StringBuilder();
        for (int i = 0; i < workers.size(); i++) {
            HistoricWorker w = workers.get(i);
            String where = "Worker " + (i + 1) + " (" + w.userId() + "): ";
            RegistrationNumber registration;
            try {
                registration = w.registrationNumber() == null ? null : RegistrationNumber.of(w.registrationNumber());
            } catch (InvalidValueException e) {
                throw new InvalidValueException(e.field(), where + e.getMessage());
            }
            var problems = EmploymentRules.check(w.fte(), w.startedOn(), null, null, w.qualifiedOn(), LocalDate.now());
            if (!problems.isEmpty()) {
                throw new InvalidValueException(problems.getFirst().field(), where + problems.getFirst().message());
            }
            row(employment, w.userId(), registration == null ? null : registration.value(), w.qualification(), w.qualifiedOn(),
                    w.fte().toPlainString(), w.employment().code(), w.startedOn(), actor, actor);
            UUID team = teamOf.get(w.userId());
            if (team == null) {
                continue;
            }
            if (w.previousTeamId() != null) {
                row(history, UUID.randomUUID(), w.userId(), w.previousTeamId(), w.startedOn(), w.joinedTeamOn(), actor);
            }
            row(history, UUID.randomUUID(), w.userId(), team, w.joinedTeamOn(), null, actor);
        }
        StringBuilder rows = new StringBuilder();
        int current = 0;
        for (int i = 0; i < allocations.size(); i++) {
            HistoricAllocation a = allocations.get(i);
            UUID team = teamOf.get(a.workerUserId());
            if (team == null) {
                throw new InvalidValueException("workerUserId", "Allocation " + (i + 1) + " (person " + a.personId() + "): the worker is in no team");
            }
            if (a.endedOn() != null && a.endedOn().isBefore(a.allocatedOn())) {
                throw new InvalidValueException("endedOn", "Allocation " + (i + 1) + " (person " + a.personId()
                        + "): Date the allocation ended must be on or after it began, " + a.allocatedOn());
            }
            if (a.endedOn() == null) {
                current++;
            }
            row(rows, UUID.randomUUID(), a.personId(), a.workerUserId(), team, managerOf.get(team), a.allocatedOn(), a.reason(), actor,
                    a.endedOn(), a.endReason(), a.endedOn() == null ? null : actor, actor, actor);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy(copy, "team_kind (team_id, kind, created_by, updated_by)", kinds);
            copy(copy, "worker_employment (user_id, registration_number, qualification, qualified_on, fte, employment, started_on, created_by, updated_by)", employment);
            copy(copy, "worker_team_history (id, user_id, team_id, from_date, to_date, created_by)", history);
            copy(copy, "allocation (id, person_id, worker_user_id, team_id, team_manager_user_id, allocated_on, reason, allocated_by, ended_on, end_reason, ended_by, created_by, updated_by)", rows);
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused the workforce load: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Could not stream the workforce load to the database: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        events.publishEvent(new RecordChanged("workforce-bulk-load", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("teamKinds", null, String.valueOf(teamKinds.size())),
                new FieldChange("workers", null, String.valueOf(workers.size())),
                new FieldChange("allocations", null, String.valueOf(allocations.size())))));
        return new Summary(workers.size(), allocations.size(), current);
    }

    private static void copy(CopyManager copy, String tableAndColumns, StringBuilder rows) throws SQLException, IOException {
        if (!rows.isEmpty()) {
            copy.copyIn("copy " + tableAndColumns + " from stdin with (format csv)", new StringReader(rows.toString()));
        }
    }

    /** One CSV row: null is an unquoted empty field (COPY's NULL), every other value is quoted. */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) out.append(',');
            Object v = values[i];
            if (v != null) {
                out.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
