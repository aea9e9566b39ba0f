package uk.opencsc.workforce;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.access.Role;
import uk.opencsc.access.SignedInUser;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.audit.RecordViewed;
import uk.opencsc.chronology.ChronologyKind;
import uk.opencsc.chronology.SignificantEvent;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.people.PersonLookup.PersonSummary;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.platform.web.NotPermittedException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Supervision: recording one (a team manager or head of service, for a worker of their teams), each worker's next
 * supervision due against the local standard, and the discussions about a child. Reading a supervision's
 * discussions is reading those children's records: checked and audited child by child.
 */
@Service
class SupervisionRecords {

    /** Who sees supervision due dates: managers and those who read every team's figures. */
    static final Set<Role> OVERSEERS = Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE, Role.PERFORMANCE_ANALYST, Role.INSPECTOR,
            Role.ADMINISTRATOR);
    /** Who may open a worker's supervision page: the overseers, and workers (their own). */
    static final Set<Role> WORKER_PAGE_READERS = Set.of(Role.SOCIAL_WORKER, Role.PERSONAL_ADVISER, Role.TEAM_MANAGER,
            Role.HEAD_OF_SERVICE, Role.PERFORMANCE_ANALYST, Role.INSPECTOR, Role.ADMINISTRATOR);
    /** Who may read a supervision's discussions (children's records): as the worker page, less administrators. */
    static final Set<Role> RECORD_READERS = Set.of(Role.SOCIAL_WORKER, Role.PERSONAL_ADVISER, Role.TEAM_MANAGER,
            Role.HEAD_OF_SERVICE, Role.PERFORMANCE_ANALYST, Role.INSPECTOR);
    private static final Set<Role> SUPERVISED = Set.of(Role.SOCIAL_WORKER, Role.PERSONAL_ADVISER, Role.TEAM_MANAGER);
    private static final String MODULE = "workforce";

    private final SupervisionRepository supervisions;
    private final CaseloadRecords caseloads;
    private final CaseloadRepository settings;
    private final WorkforceRepository workforce;
    private final AllocationRepository allocations;
    private final PersonLookup persons;
    private final RecordAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisionRecords(SupervisionRepository supervisions, CaseloadRecords caseloads, CaseloadRepository settings,
                       WorkforceRepository workforce, AllocationRepository allocations, PersonLookup persons, RecordAccess access,
                       ApplicationEventPublisher events, Optional<Clock> clock) {
        this.supervisions = supervisions;
        this.caseloads = caseloads;
        this.settings = settings;
        this.workforce = workforce;
        this.allocations = allocations;
        this.persons = persons;
        this.access = access;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A worker's supervision against the local standard. */
    record Due(WorkforceRepository.Worker worker, LocalDate lastSupervised, LocalDate nextDue, boolean overdue, boolean newlyQualified) {
    }

    record TeamDue(WorkforceRepository.Team team, List<Due> workers) {
        public long overdue() {
            return workers.stream().filter(Due::overdue).count();
        }
    }

    /** Each team in view with its workers' supervision due, the overdue first. */
    @Transactional(readOnly = true)
    List<TeamDue> teams() {
        SignedInUser user = caseloads.user(OVERSEERS);
        Map<UUID, WorkforceRepository.Team> teams = caseloads.visibleTeams(user);
        List<WorkforceRepository.Worker> staff = workforce.workersOf(teams.keySet()).stream().filter(w -> supervised(w, today())).toList();
        Map<UUID, LocalDate> last = supervisions.lastSupervised(staff.stream().map(WorkforceRepository.Worker::userId).toList());
        SupervisionDue standard = settings.settings().supervision();
        return teams.values().stream()
                .map(t -> new TeamDue(t, staff.stream().filter(w -> t.id().equals(w.teamId()))
                        .map(w -> due(w, last.get(w.userId()), standard))
                        .sorted(Comparator.comparing(Due::nextDue).thenComparing(d -> d.worker().name())).toList()))
                .filter(t -> !t.workers().isEmpty())
                .toList();
    }

    /** A worker's page: their supervision due and every supervision they had. */
    record WorkerSupervision(Due due, List<SupervisionRepository.Supervision> supervisions, boolean mayRecord, boolean mayReadDiscussions) {
    }

    @Transactional(readOnly = true)
    WorkerSupervision ofWorker(UUID userId) {
        SignedInUser user = caseloads.user(WORKER_PAGE_READERS);
        WorkforceRepository.Worker worker = caseloads.worker(userId);
        boolean self = worker.userId().equals(user.id());
        boolean manages = OVERSEERS.contains(user.role()) && worker.teamId() != null
                && caseloads.visibleTeams(user).containsKey(worker.teamId());
        if (!self && !manages) {
            throw new NotPermittedException("You may see the supervision of your own teams' workers only");
        }
        Due due = due(worker, supervisions.lastSupervised(List.of(userId)).get(userId), settings.settings().supervision());
        return new WorkerSupervision(due, supervisions.ofWorker(userId),
                SupervisionRules.SUPERVISORS.contains(user.role()) && manages && !self, RECORD_READERS.contains(user.role()));
    }

    /** The recording form: the worker and the children they hold today, each of whom may be discussed. */
    record Recording(WorkforceRepository.Worker worker, List<PersonSummary> children) {
    }

    @Transactional(readOnly = true)
    Recording recording(UUID userId) {
        SignedInUser user = caseloads.user(SupervisionRules.SUPERVISORS);
        WorkforceRepository.Worker worker = caseloads.worker(userId);
        if (worker.teamId() == null || !caseloads.visibleTeams(user).containsKey(worker.teamId())) {
            throw new NotPermittedException("You may record the supervision of your own teams' workers only");
        }
        Map<UUID, PersonSummary> found = persons.findAll(allocations.childrenAllocatedTo(userId));
        List<PersonSummary> children = found.values().stream().filter(p -> access.mayRead(p.facts()))
                .sorted(Comparator.comparing(PersonSummary::displayName)).toList();
        return new Recording(worker, children);
    }

    /** A child's discussion as typed, by the child's id. */
    record Typed(UUID personId, String discussion, String decisions) {
    }

    /**
     * Records a supervision; each child discussed gets a line in their chronology and an audit entry.
     *
     * @param typed one per child on the form; a child with blank discussion and decisions was not discussed
     * @throws RefusedException naming the field
     * @return the supervision's id
     */
    @Transactional
    UUID record(UUID userId, LocalDate heldOn, String notes, List<Typed> typed) {
        Recording recording = recording(userId);
        SignedInUser user = caseloads.user(SupervisionRules.SUPERVISORS);
        Map<UUID, PersonSummary> children = new java.util.HashMap<>();
        recording.children().forEach(c -> children.put(c.id(), c));
        List<SupervisionRules.ChildDiscussed> asTyped = new ArrayList<>();
        for (Typed t : typed) {
            PersonSummary child = children.get(t.personId());
            if (child == null) {
                throw new NotPermittedException("The child is not held by " + recording.worker().name());
            }
            asTyped.add(new SupervisionRules.ChildDiscussed(fieldOf(t.personId()), child.displayName(), t.discussion(), t.decisions()));
        }
        RefusedException.refuseIfAny(SupervisionRules.check(user.role(), user.id().equals(userId), heldOn, today(), asTyped));
        List<SupervisionRepository.Discussion> discussions = new ArrayList<>();
        for (Typed t : typed) {
            if (t.discussion() == null || t.discussion().isBlank()) continue;
            access.checkWrite(children.get(t.personId()).facts());
            discussions.add(new SupervisionRepository.Discussion(UUID.randomUUID(), t.personId(), t.discussion().trim(), t.decisions().trim()));
        }
        UUID id = UUID.randomUUID();
        supervisions.insert(id, userId, user.id(), heldOn, notes == null || notes.isBlank() ? null : notes.trim(), discussions,
                CaseloadRecords.actor());
        events.publishEvent(new RecordChanged("supervision", id.toString(), null, List.of(
                new FieldChange("worker", null, recording.worker().name()), new FieldChange("supervisor", null, user.displayName()),
                new FieldChange("heldOn", null, heldOn.toString()), new FieldChange("childrenDiscussed", null, String.valueOf(discussions.size())))));
        for (SupervisionRepository.Discussion d : discussions) {
            events.publishEvent(new RecordChanged("supervision-discussion", d.id().toString(), d.personId(), List.of(
                    new FieldChange("supervision", null, id.toString()), new FieldChange("heldOn", null, heldOn.toString()),
                    new FieldChange("discussion", null, d.discussion()), new FieldChange("decisions", null, d.decisions()))));
            events.publishEvent(chronologyEntry(d.id(), d.personId(), heldOn.atStartOfDay(clock.getZone()).toInstant(),
                    recording.worker().name(), user.displayName(), d.decisions()));
        }
        return id;
    }

    /** A child's discussion in a supervision, on that child's chronology; the bulk load makes the same line. */
    static SignificantEvent chronologyEntry(UUID discussionId, UUID personId, Instant heldAt, String workerName,
                                            String supervisorName, String decisions) {
        return SignificantEvent.forRecord(discussionId, 0, personId, heldAt, ChronologyKind.MANAGEMENT_DECISION,
                "Discussed in " + workerName + "'s supervision with " + supervisorName + ". Decisions: " + decisions,
                "/children/" + personId + "/supervision", MODULE);
    }

    /** A supervision with the discussions the reader may read (all of them, or refused). */
    record Shown(SupervisionRepository.Supervision supervision, List<ShownDiscussion> discussions) {
    }

    record ShownDiscussion(PersonSummary child, SupervisionRepository.Discussion discussion) {
    }

    /**
     * @throws NotPermittedException unless the reader reads records and may read every child discussed
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    Shown supervision(UUID supervisionId) {
        SignedInUser user = caseloads.user(RECORD_READERS);
        SupervisionRepository.Supervision s = supervisions.find(supervisionId)
                .orElseThrow(() -> new NotFoundException("No supervision " + supervisionId));
        WorkforceRepository.Worker worker = caseloads.worker(s.workerUserId());
        boolean self = worker.userId().equals(user.id());
        if (!self && !(OVERSEERS.contains(user.role()) && worker.teamId() != null
                && caseloads.visibleTeams(user).containsKey(worker.teamId()))) {
            throw new NotPermittedException("You may read the supervision of your own teams' workers only");
        }
        List<SupervisionRepository.Discussion> discussions = supervisions.discussionsOf(supervisionId);
        Map<UUID, PersonSummary> found = persons.findAll(discussions.stream().map(SupervisionRepository.Discussion::personId).toList());
        List<ShownDiscussion> shown = new ArrayList<>();
        for (SupervisionRepository.Discussion d : discussions) {
            PersonSummary child = found.get(d.personId());
            access.checkRead(child.facts());
            shown.add(new ShownDiscussion(child, d));
        }
        shown.forEach(d -> events.publishEvent(new RecordViewed(d.child().id(), "supervision discussion")));
        shown.sort(Comparator.comparing(d -> d.child().displayName()));
        return new Shown(s, shown);
    }

    /** The supervision discussions about one child, checked and audited as a view of the child's record. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    List<SupervisionRepository.ChildDiscussion> aboutChild(PersonSummary child) {
        access.checkRead(child.facts());
        events.publishEvent(new RecordViewed(child.id(), "supervision discussions"));
        return supervisions.discussionsAbout(child.id());
    }

    /** @throws NotFoundException when there is no such person */
    PersonSummary child(UUID personId) {
        return persons.find(personId).orElseThrow(() -> new NotFoundException("No person " + personId));
    }

    /** The form field suffix of a child: their id without dashes, so the field name is a plain identifier. */
    static String fieldOf(UUID personId) {
        return personId.toString().replace("-", "");
    }

    private boolean supervised(WorkforceRepository.Worker w, LocalDate today) {
        return SUPERVISED.contains(w.role()) && w.enabled() && (w.employment() == null || !w.employment().leftBy(today));
    }

    private Due due(WorkforceRepository.Worker w, LocalDate last, SupervisionDue standard) {
        LocalDate today = today();
        WorkerEmployment e = w.employment();
        LocalDate next = standard.nextDue(last, e == null ? null : e.startedOn(), e == null ? null : e.qualifiedOn(), today);
        return new Due(w, last, next, SupervisionDue.overdue(next, today), e != null && e.newlyQualifiedOn(today));
    }
}
