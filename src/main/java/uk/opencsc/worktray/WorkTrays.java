package uk.opencsc.worktray;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.ReadScope;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.audit.CommittedChanges;
import uk.opencsc.audit.KeptUntilChange;
import uk.opencsc.audit.SearchPerformed;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.calendar.WorkingDays;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.people.PersonLookup.PersonSummary;
import uk.opencsc.timescales.ChildJourneys;
import uk.opencsc.timescales.DueWork;
import uk.opencsc.timescales.Obligation;
import uk.opencsc.timescales.RulesInForce;
import uk.opencsc.workforce.Caseloads;
import uk.opencsc.workforce.ChildrenWaiting;
import uk.opencsc.workforce.CurrentAllocation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds trays from the children's journeys: no task is stored, so a tray cannot drift from the record (journeys are
 * kept between visits by {@link TrayJourneys} until the child's record changes; a team's whole tray until anything is
 * recorded). A child the signed-in user may not read (a restricted record without a grant) never appears. Every
 * view is audited, kept or not.
 */
@Service
class WorkTrays {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** A team's tray as one reader's scope admits it, on one day. */
    private record TeamTray(UUID teamId, String owner, ReadScope scope, LocalDate today) {
    }

    private final ChildJourneys journeys;
    private final TrayJourneys trayJourneys;
    private final RulesInForce rules;
    private final WorkingDayCalendar calendar;
    private final PersonLookup persons;
    private final Caseloads caseloads;
    private final List<AuthorisationQueue> queues;
    private final ChildrenWaiting childrenWaiting;
    private final RecordAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final KeptUntilChange<TeamTray, Tray> teamTrays;

    WorkTrays(ChildJourneys journeys, TrayJourneys trayJourneys, RulesInForce rules, WorkingDayCalendar calendar, PersonLookup persons,
              Caseloads caseloads, List<AuthorisationQueue> queues, ChildrenWaiting childrenWaiting, RecordAccess access, ApplicationEventPublisher events,
              CommittedChanges changes, Optional<Clock> clock) {
        this.journeys = journeys;
        this.trayJourneys = trayJourneys;
        this.rules = rules;
        this.calendar = calendar;
        this.persons = persons;
        this.caseloads = caseloads;
        this.queues = List.copyOf(queues);
        this.childrenWaiting = childrenWaiting;
        this.access = access;
        this.events = events;
        this.clock = clock.orElse(Clock.system(UK));
        // a manager pages through the team's work and picks out one worker's: each is the same tray, built once
        // until something is recorded (a minute at most, the bound TrayJourneys keeps journeys for)
        this.teamTrays = new KeptUntilChange<>(changes, TrayJourneys.KEEP_FOR, 1_000);
    }

    /** The work of the children allocated to this worker (not read-only: the view is audited in the same transaction). */
    @Transactional
    public Tray forWorker(UUID userId, String owner) {
        return audited(tray(owner, caseloads.childrenAllocatedTo(userId), false, access.currentScope(), LocalDate.now(clock)));
    }

    /** The work of every child the team holds, what waits for the manager's authorisation, and who waits for a worker. */
    @Transactional
    public Tray forTeam(UUID teamId, String owner) {
        TeamTray key = new TeamTray(teamId, owner, access.currentScope(), LocalDate.now(clock));
        return audited(teamTrays.get(key, () -> tray(owner, persons.heldByTeam(teamId), true, key.scope(), key.today())));
    }

    private Tray audited(Tray tray) {
        events.publishEvent(new SearchPerformed("work tray", Map.of("tray", tray.owner()),
                tray.items().size() + tray.awaiting().size() + tray.waiting().size()));
        return tray;
    }

    /**
     * Takes the obligations of every child first (kept with their journeys for the day, so this usually reads and
     * works out nothing), and only then reads the names, access facts and workers of the children with something on
     * the tray: a team holds hundreds of children, of whom a fraction have work due in the next two weeks.
     */
    private Tray tray(String owner, Collection<UUID> children, boolean team, ReadScope scope, LocalDate today) {
        LocalDate horizon = calendar.addWorkingDays(today, WorkingDays.of(TrayOrder.HORIZON_WORKING_DAYS));
        Map<UUID, List<Obligation>> due = trayJourneys.onTray(children, today, o -> TrayOrder.onTray(o, horizon),
                () -> new DueWork(rules.rules(), calendar));
        Map<UUID, PersonSummary> shown = new HashMap<>();
        persons.findAll(due.keySet()).forEach((id, p) -> {
            if (scope.admits(p.facts())) {
                shown.put(id, p);
            }
        });
        Map<UUID, CurrentAllocation> allocations = caseloads.currentAllocations(shown.keySet());
        List<TrayItem> items = new ArrayList<>();
        shown.forEach((id, child) -> {
            CurrentAllocation allocation = allocations.get(id);
            for (Obligation o : due.get(id)) {
                items.add(new TrayItem(id, child.displayName(), child.localId(), o,
                        allocation == null ? null : allocation.workerName(),
                        journeys.formFor(id, o).orElse("/children/" + id)));
            }
        });
        items.sort(TrayOrder.ORDER);
        List<Tray.Awaiting> awaiting = new ArrayList<>();
        List<ChildrenWaiting.WaitingChild> waiting = List.of();
        if (team) {
            List<AwaitingAuthorisation> work = new ArrayList<>();
            queues.forEach(q -> work.addAll(q.awaitingAuthorisation(children)));
            Map<UUID, PersonSummary> concerned = persons.findAll(work.stream().map(AwaitingAuthorisation::childId).toList());
            work.stream().filter(a -> concerned.containsKey(a.childId()) && scope.admits(concerned.get(a.childId()).facts()))
                    .sorted(Comparator.comparing(AwaitingAuthorisation::submittedOn))
                    .forEach(a -> awaiting.add(new Tray.Awaiting(a, concerned.get(a.childId()).displayName())));
            waiting = childrenWaiting.among(children, scope);
        }
        return new Tray(owner, shown.size(), items, awaiting, waiting, today, horizon);
    }
}
