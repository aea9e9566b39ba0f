package uk.opencsc.workforce;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import uk.opencsc.audit.RecordViewed;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.people.PersonLookup.PersonSummary;
import uk.opencsc.people.ResponsibleTeams;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.platform.web.NotPermittedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A child's allocation for the signed-in user: the page is checked and audited as one view; allocating,
 * reallocating and ending are management decisions, checked against the child's write access and the allocation
 * rules, serialised per child (two managers allocating the same child at once: the second is told, nothing is
 * overwritten), audited, and put on the child's chronology. Allocating moves the child's record to the worker's team
 * in the same transaction, so the worker and their manager can read it from that moment.
 */
@Service
class AllocationRecords {

    private final AllocationRepository allocations;
    private final WorkforceRepository workforce;
    private final PersonLookup persons;
    private final ResponsibleTeams responsibleTeams;
    private final RecordAccess access;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AllocationRecords(AllocationRepository allocations, WorkforceRepository workforce, PersonLookup persons,
                      ResponsibleTeams responsibleTeams, RecordAccess access, JdbcClient jdbc, ApplicationEventPublisher events,
                      Optional<Clock> clock) {
        this.allocations = allocations;
        this.workforce = workforce;
        this.persons = persons;
        this.responsibleTeams = responsibleTeams;
        this.access = access;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The child's allocation page: the current allocation (or none) and the history, newest first. */
    record AllocationView(PersonSummary person, Allocation current, List<Allocation> history, boolean mayAllocate) {
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    AllocationView view(UUID personId) {
        PersonSummary person = readable(personId);
        events.publishEvent(new RecordViewed(personId, "allocation"));
        List<Allocation> all = allocations.historyOf(personId);
        Allocation current = all.stream().filter(Allocation::current).findFirst().orElse(null);
        return new AllocationView(person, current, all.stream().filter(a -> !a.current()).toList(),
                mayAllocate() && access.mayWrite(person.facts()));
    }

    boolean mayAllocate() {
        return access.currentUser().map(u -> AllocationRules.ALLOCATORS.contains(u.role())).orElse(false);
    }

    /** Checks read access without auditing a view: for forms. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary readable(UUID personId) {
        PersonSummary person = persons.find(personId).orElseThrow(() -> new NotFoundException("No person " + personId));
        access.checkRead(person.facts());
        return person;
    }

    /**
     * The child for an allocation form: only a manager who may change the child's record.
     *
     * @throws NotPermittedException for anyone else (the refusal is audited)
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary allocatable(UUID personId) {
        PersonSummary person = readable(personId);
        access.checkWrite(person.facts());
        if (!mayAllocate()) {
            throw new NotPermittedException("Only a team manager or head of service allocates a child");
        }
        return person;
    }

    Optional<Allocation> current(UUID personId) {
        return allocations.historyOf(personId).stream().filter(Allocation::current).findFirst();
    }

    /** A worker the signed-in manager may allocate to, with the children they hold today. */
    record WorkerChoice(UUID userId, String name, String teamName, int caseload) {
    }

    /** The current social workers and personal advisers of the teams the signed-in manager allocates to. */
    List<WorkerChoice> workerChoices() {
        Set<UUID> teams = access.currentScope().teamIds();
        LocalDate today = today();
        List<WorkforceRepository.Worker> workers = workforce.workersOf(teams).stream()
                .filter(w -> AllocationRules.HOLDERS.contains(w.role()) && w.enabled()
                        && (w.employment() == null || !w.employment().leftBy(today)))
                .toList();
        Map<UUID, Integer> counts = allocations.caseloadCounts(workers.stream().map(WorkforceRepository.Worker::userId).toList());
        return workers.stream().map(w -> new WorkerChoice(w.userId(), w.name(), w.teamName(), counts.getOrDefault(w.userId(), 0)))
                .sorted(Comparator.comparing(WorkerChoice::teamName).thenComparing(WorkerChoice::name)).toList();
    }

    /**
     * Allocates the child to a worker on {@code on}; when the child is allocated already, reallocates (the current
     * allocation ends on {@code on}).
     *
     * @param expectedCurrent the current allocation's id when the form was opened, or null when the child was waiting
     * @param expectedVersion that allocation's version (ignored when {@code expectedCurrent} is null)
     * @throws RefusedException          naming the field
     * @throws ChangedMeanwhileException when someone allocated, reallocated or ended the child's allocation since
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID allocate(UUID personId, UUID expectedCurrent, int expectedVersion, UUID workerUserId, LocalDate on, String reason) {
        PersonSummary child = allocatable(personId);
        SignedInUser manager = access.currentUser().orElseThrow();
        lockAllocationsOf(personId);
        List<Allocation> history = allocations.historyOf(personId);
        Allocation current = history.stream().filter(Allocation::current).findFirst().orElse(null);
        refuseIfChangedMeanwhile(history, current, expectedCurrent, expectedVersion);
        LocalDate lastEnded = lastEnded(history);
        AllocationRules.Candidate worker = workerUserId == null ? null : candidate(workerUserId, on == null ? today() : on);
        List<FieldProblem> problems = new ArrayList<>(AllocationRules.allocate(manager.role(), worker, on, reason, current, lastEnded, today()));
        problems.addAll(AllocationRules.personalAdviserFromSixteen(worker, child.dateOfBirth(), on));
        RefusedException.refuseIfAny(problems);
        String actor = actor();
        WorkforceRepository.Worker chosen = workforce.worker(workerUserId).orElseThrow();
        if (current != null && !allocations.end(current.id(), current.version(), on, "Reallocated to " + chosen.name() + ": " + reason.trim(), actor)) {
            throw changedMeanwhile(allocations.find(current.id()).orElseThrow());
        }
        UUID teamManager = managerOf(chosen.teamId(), manager);
        UUID id = UUID.randomUUID();
        if (!allocations.insert(id, personId, chosen.userId(), chosen.teamId(), teamManager, on, reason.trim(), actor)) {
            throw changedMeanwhile(current(personId).orElseThrow());
        }
        responsibleTeams.moveTo(personId, chosen.teamId());
        if (current != null) {
            events.publishEvent(new RecordChanged("allocation", current.id().toString(), personId, List.of(
                    new FieldChange("endedOn", null, on.toString()), new FieldChange("endReason", null, "Reallocated to " + chosen.name()))));
        }
        events.publishEvent(new RecordChanged("allocation", id.toString(), personId, List.of(
                new FieldChange("worker", current == null ? null : current.workerName(), chosen.name()),
                new FieldChange("team", current == null ? null : current.teamName(), chosen.teamName()),
                new FieldChange("allocatedOn", null, on.toString()),
                new FieldChange("reason", null, reason.trim()))));
        events.publishEvent(new WorkerAllocated(id, personId, chosen.userId(), chosen.name(), chosen.teamId(), chosen.teamName(), on,
                reason.trim(), current == null ? null : current.workerName(), manager.displayName()));
        return id;
    }

    /**
     * Ends the child's current allocation on {@code on} with no new worker: the child waits for one if their
     * episode is still open.
     *
     * @throws RefusedException          naming the field
     * @throws ChangedMeanwhileException when the allocation changed since {@code expectedVersion} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void end(UUID personId, UUID expectedCurrent, int expectedVersion, LocalDate on, String reason) {
        allocatable(personId);
        SignedInUser manager = access.currentUser().orElseThrow();
        lockAllocationsOf(personId);
        List<Allocation> history = allocations.historyOf(personId);
        Allocation current = history.stream().filter(Allocation::current).findFirst().orElse(null);
        refuseIfChangedMeanwhile(history, current, expectedCurrent, expectedVersion);
        RefusedException.refuseIfAny(AllocationRules.end(manager.role(), current, on, reason, today()));
        if (!allocations.end(current.id(), current.version(), on, reason.trim(), actor())) {
            throw changedMeanwhile(allocations.find(current.id()).orElseThrow());
        }
        events.publishEvent(new RecordChanged("allocation", current.id().toString(), personId, List.of(
                new FieldChange("endedOn", null, on.toString()), new FieldChange("endReason", null, reason.trim()))));
        events.publishEvent(new AllocationEnded(current.id(), personId, current.workerName(), on, reason.trim(), manager.displayName()));
    }

    private AllocationRules.Candidate candidate(UUID userId, LocalDate on) {
        return workforce.worker(userId).map(w -> new AllocationRules.Candidate(w.userId(), w.name(), w.role(), w.teamId(), w.enabled(),
                w.employment() != null && w.employment().leftBy(on),
                w.teamId() != null && access.currentScope().teamIds().contains(w.teamId()))).orElse(null);
    }

    /** The allocating manager when they manage the worker's team; otherwise the team's manager, if it has one. */
    private UUID managerOf(UUID teamId, SignedInUser allocator) {
        if (allocator.role() == Role.TEAM_MANAGER && teamId.equals(allocator.teamId())) {
            return allocator.id();
        }
        return workforce.managersOf(teamId).stream().findFirst().orElse(null);
    }

    /**
     * One allocation decision about a child at a time: a second manager's transaction waits here until the
     * first commits, then sees its allocation and is told.
     */
    private void lockAllocationsOf(UUID personId) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", personId.getMostSignificantBits() ^ personId.getLeastSignificantBits())
                .query((rs, n) -> 1).list();
    }

    private static void refuseIfChangedMeanwhile(List<Allocation> history, Allocation current, UUID expectedCurrent, int expectedVersion) {
        if (expectedCurrent == null && current != null) {
            throw changedMeanwhile(current);
        }
        if (expectedCurrent != null && (current == null || !current.id().equals(expectedCurrent) || current.version() != expectedVersion)) {
            Allocation latest = history.stream().max(Comparator.comparing(Allocation::updatedAt)).orElseThrow();
            throw changedMeanwhile(latest);
        }
    }

    private static LocalDate lastEnded(List<Allocation> history) {
        return history.stream().map(Allocation::endedOn).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private static ChangedMeanwhileException changedMeanwhile(Allocation now) {
        return new ChangedMeanwhileException(now.updatedBy(), now.updatedAt());
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
