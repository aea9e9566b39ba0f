package uk.opencsc.workforce;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.access.Role;
import uk.opencsc.access.SignedInUser;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.platform.web.NotPermittedException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The teams' workers and their employment for managers and administrators: a team manager sees and edits their
 * team's, a head of service their service's, an administrator everyone's; a performance analyst reads everyone's.
 * Every change is optimistic-locked and audited.
 */
@Service
class WorkerRecords {

    private static final Set<Role> READERS = Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE, Role.ADMINISTRATOR, Role.PERFORMANCE_ANALYST);
    private static final Set<Role> EDITORS = Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE, Role.ADMINISTRATOR);

    private final WorkforceRepository workforce;
    private final RecordAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkerRecords(WorkforceRepository workforce, RecordAccess access,
                  ApplicationEventPublisher events, Optional<Clock> clock) {
        this.workforce = workforce;
        this.access = access;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A worker on the workers page (their caseload is on the caseloads page, weighted, not here). */
    record WorkerRow(WorkforceRepository.Worker worker, boolean newlyQualified, boolean left) {
    }

    /** One team's workers. */
    record TeamWorkers(WorkforceRepository.Team team, List<WorkerRow> workers) {
    }

    /** The teams the signed-in user may see the workers of, each with its workers. */
    @Transactional(readOnly = true)
    List<TeamWorkers> teams() {
        SignedInUser user = user(READERS);
        Set<UUID> teamIds = teamsOf(user);
        List<WorkforceRepository.Team> teams = workforce.teams().stream().filter(t -> teamIds.contains(t.id())).toList();
        List<WorkforceRepository.Worker> workers = workforce.workersOf(teamIds);
        LocalDate today = today();
        Map<UUID, List<WorkerRow>> byTeam = workers.stream().map(w -> new WorkerRow(w,
                        w.employment() != null && w.employment().newlyQualifiedOn(today),
                        !w.enabled() || w.employment() != null && w.employment().leftBy(today)))
                .collect(Collectors.groupingBy(r -> r.worker().teamId()));
        return teams.stream().map(t -> {
            return new TeamWorkers(t, byTeam.getOrDefault(t.id(), List.of()));
        }).toList();
    }

    boolean mayEdit() {
        return access.currentUser().map(u -> EDITORS.contains(u.role())).orElse(false);
    }

    /** A worker whose employment the signed-in user may change, with their team history. */
    record Editable(WorkforceRepository.Worker worker, List<WorkforceRepository.TeamPeriod> teamHistory) {
    }

    /**
     * @throws NotPermittedException unless the signed-in user edits workers and the worker is in one of their teams
     * @throws NotFoundException     when there is no such user
     */
    @Transactional(readOnly = true)
    Editable editable(UUID userId) {
        SignedInUser user = user(EDITORS);
        WorkforceRepository.Worker worker = workforce.worker(userId).orElseThrow(() -> new NotFoundException("No worker " + userId));
        if (user.role() != Role.ADMINISTRATOR && (worker.teamId() == null || !teamsOf(user).contains(worker.teamId()))) {
            throw new NotPermittedException("You may change only the workers of your own teams");
        }
        return new Editable(worker, workforce.teamHistory(userId));
    }

    /**
     * Records the worker's employment (the first time) or changes it.
     *
     * @param version the version the form was opened on; -1 when there was no employment record yet
     * @throws RefusedException          naming the field
     * @throws ChangedMeanwhileException when someone saved it since
     */
    @Transactional
    void save(UUID userId, int version, RegistrationNumber registration, String qualification, LocalDate qualifiedOn, BigDecimal fte,
              Employment employment, LocalDate startedOn, LocalDate leftOn, LeavingReason leavingReason) {
        WorkforceRepository.Worker worker = editable(userId).worker();
        RefusedException.refuseIfAny(EmploymentRules.check(fte, startedOn, leftOn, leavingReason, qualifiedOn, today()));
        WorkerEmployment before = worker.employment();
        WorkerEmployment after = new WorkerEmployment(userId, registration, blankToNull(qualification), qualifiedOn,
                fte.setScale(2, java.math.RoundingMode.UNNECESSARY), employment, startedOn, leftOn, leavingReason, 0, null, null);
        String actor = actor();
        if (before == null) {
            if (version != -1) {
                throw new ChangedMeanwhileException("someone", java.time.Instant.now(clock));
            }
            workforce.insertEmployment(after, actor);
        } else if (before.version() != version || !workforce.updateEmployment(after, version, actor)) {
            WorkerEmployment now = workforce.worker(userId).orElseThrow().employment();
            throw new ChangedMeanwhileException(now.updatedBy(), now.updatedAt());
        }
        List<FieldChange> changes = new ArrayList<>();
        diff(changes, "registrationNumber", before == null ? null : before.registrationNumber(), after.registrationNumber());
        diff(changes, "qualification", before == null ? null : before.qualification(), after.qualification());
        diff(changes, "qualifiedOn", before == null ? null : before.qualifiedOn(), after.qualifiedOn());
        diff(changes, "fte", before == null ? null : before.fte().toPlainString(), after.fte().toPlainString());
        diff(changes, "employment", before == null ? null : before.employment(), after.employment());
        diff(changes, "startedOn", before == null ? null : before.startedOn(), after.startedOn());
        diff(changes, "leftOn", before == null ? null : before.leftOn(), after.leftOn());
        diff(changes, "leavingReason", before == null ? null : before.leavingReason(), after.leavingReason());
        if (!changes.isEmpty()) {
            events.publishEvent(new RecordChanged("worker-employment", userId.toString(), null, changes));
        }
    }

    Set<UUID> teamsOf(SignedInUser user) {
        return switch (user.role()) {
            case ADMINISTRATOR, PERFORMANCE_ANALYST -> workforce.teams().stream().map(WorkforceRepository.Team::id).collect(Collectors.toSet());
            case TEAM_MANAGER -> user.teamId() == null ? Set.of() : Set.of(user.teamId());
            default -> access.currentScope().teamIds();
        };
    }

    SignedInUser user(Set<Role> roles) {
        return access.currentUser().filter(u -> roles.contains(u.role()) && !u.expiredOn(today()))
                .orElseThrow(() -> new NotPermittedException("You may not see or change the workforce's records"));
    }

    private static void diff(List<FieldChange> changes, String field, Object old, Object now) {
        if (!Objects.equals(old, now)) {
            changes.add(new FieldChange(field, old == null ? null : old.toString(), now == null ? null : now.toString()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
