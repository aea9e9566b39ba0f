package uk.opencsc.workforce;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.chronology.ChronologyBulkLoad;
import uk.opencsc.chronology.SignificantEvent;
import uk.opencsc.platform.database.CopyRows;
import uk.opencsc.platform.validation.InvalidValueException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Loads a workforce at once (the synthetic local authority, a migration) with PostgreSQL's COPY: team kinds,
 * workers' employment and team history, and children's allocations with their history. One transaction: one bad
 * row loads nothing. The team and its manager of each allocation are the worker's; a current allocation's worker
 * must be in the child's responsible team already (a load is history: it does not move records between teams).
 * Audited as one change; no domain event per row. The children's chronologies get the allocation decisions the pages
 * would have recorded ({@link AllocationChronology}'s, from the same events) through {@link ChronologyBulkLoad}.
 */
@Service
public class WorkforceBulkLoad {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ChronologyBulkLoad chronologyLoad;
    private final ApplicationEventPublisher events;

    WorkforceBulkLoad(DataSource dataSource, JdbcClient jdbc, ChronologyBulkLoad chronologyLoad, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.chronologyLoad = chronologyLoad;
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
        Map<UUID, String> nameOf = new HashMap<>();
        jdbc.sql("select id, display_name from app_user").query(rs -> {
            nameOf.put(rs.getObject(1, UUID.class), rs.getString(2));
        });
        jdbc.sql("select id, name from team").query(rs -> {
            nameOf.put(rs.getObject(1, UUID.class), rs.getString(2));
        });
        CopyRows kinds = new CopyRows("team_kind (team_id, kind, created_by, updated_by)");
        teamKinds.forEach((team, kind) -> kinds.add(team, kind.code(), actor, actor));
        CopyRows employment = new CopyRows("worker_employment (user_id, registration_number, qualification, qualified_on, fte, employment, started_on, created_by, updated_by)");
        CopyRows history = new CopyRows("worker_team_history (id, user_id, team_id, from_date, to_date, created_by)");
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
            employment.add(w.userId(), registration == null ? null : registration.value(), w.qualification(), w.qualifiedOn(),
                    w.fte().toPlainString(), w.employment().code(), w.startedOn(), actor, actor);
            UUID team = teamOf.get(w.userId());
            if (team == null) {
                continue;
            }
            if (w.previousTeamId() != null) {
                history.add(UUID.randomUUID(), w.userId(), w.previousTeamId(), w.startedOn(), w.joinedTeamOn(), actor);
            }
            history.add(UUID.randomUUID(), w.userId(), team, w.joinedTeamOn(), null, actor);
        }
        CopyRows rows = new CopyRows("allocation (id, person_id, worker_user_id, team_id, team_manager_user_id, allocated_on, reason, allocated_by, ended_on, end_reason, ended_by, created_by, updated_by)");
        // the entries the pages would have made, from the same events (AllocationChronology's)
        List<SignificantEvent> chronology = new ArrayList<>();
        Set<String> reallocations = new HashSet<>();
        allocations.forEach(a -> reallocations.add(a.personId() + " " + a.allocatedOn()));
        Map<String, HistoricAllocation> endedOn = new HashMap<>();
        allocations.stream().filter(a -> a.endedOn() != null).forEach(a -> endedOn.put(a.personId() + " " + a.endedOn(), a));
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
            UUID id = UUID.randomUUID();
            String decidedBy = managerOf.containsKey(team) ? nameOf.get(managerOf.get(team)) : actor;
            // as the allocation page records it: an allocation that ends the day the child's next one begins is a reallocation,
            // one line "Reallocated from X to Y" rather than an ending and an allocation
            HistoricAllocation previous = endedOn.get(a.personId() + " " + a.allocatedOn());
            chronology.add(AllocationChronology.entry(new WorkerAllocated(id, a.personId(), a.workerUserId(), nameOf.get(a.workerUserId()),
                    team, nameOf.get(team), a.allocatedOn(), a.reason(), previous == null ? null : nameOf.get(previous.workerUserId()),
                    decidedBy)));
            if (a.endedOn() != null && !reallocations.contains(a.personId() + " " + a.endedOn())) {
                chronology.add(AllocationChronology.entry(new AllocationEnded(id, a.personId(), nameOf.get(a.workerUserId()), a.endedOn(),
                        a.endReason(), decidedBy)));
            }
            rows.add(id, a.personId(), a.workerUserId(), team, managerOf.get(team), a.allocatedOn(), a.reason(), actor,
                    a.endedOn(), a.endReason(), a.endedOn() == null ? null : actor, actor, actor);
        }
        CopyRows.copyAll(dataSource, "the workforce load", kinds, employment, history, rows);
        chronologyLoad.load(chronology);
        events.publishEvent(new RecordChanged("workforce-bulk-load", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("teamKinds", null, String.valueOf(teamKinds.size())),
                new FieldChange("workers", null, String.valueOf(workers.size())),
                new FieldChange("allocations", null, String.valueOf(allocations.size())))));
        return new Summary(workers.size(), allocations.size(), current);
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
