package uk.opencsc.workforce;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.ReadScope;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.audit.SearchPerformed;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.frontdoor.CinEpisodes;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.people.PersonLookup.PersonSummary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The children waiting for a worker: every child with an open episode (today a CIN episode; care episodes will
 * join) and no current allocation, oldest wait first. Computed from the record on every call, never kept as a
 * flag, so it can be neither stale nor empty by mistake. Each reader sees the children their scope admits: a team
 * manager their team's, a head of service their service's, analysts, IROs and inspectors the whole authority.
 */
@Service
public class ChildrenWaiting {

    private final CinEpisodes cinEpisodes;
    private final AllocationRepository allocations;
    private final PersonLookup persons;
    private final RecordAccess access;
    private final WorkingDayCalendar calendar;
    private final WorkforceRepository workforce;
    private final ApplicationEventPublisher events;
    private final AuthorityWideFacts facts;
    private final Clock clock;

    ChildrenWaiting(CinEpisodes cinEpisodes, AllocationRepository allocations, PersonLookup persons, RecordAccess access,
                    WorkingDayCalendar calendar, WorkforceRepository workforce, ApplicationEventPublisher events, AuthorityWideFacts facts,
                    Optional<Clock> clock) {
        this.cinEpisodes = cinEpisodes;
        this.allocations = allocations;
        this.persons = persons;
        this.access = access;
        this.calendar = calendar;
        this.workforce = workforce;
        this.events = events;
        this.facts = facts;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /**
     * A child waiting for a worker.
     *
     * @param waitingSince      the later of the open episode's start and the end of the child's last allocation
     * @param lastAllocationEnded null when the child was never allocated in or before this episode
     */
    public record WaitingChild(UUID personId, String localId, String name, LocalDate dateOfBirth, UUID teamId, String teamName,
                               LocalDate episodeStart, LocalDate lastAllocationEnded, LocalDate waitingSince, int workingDaysWaited) {
    }

    /** The children waiting that the signed-in user may read, oldest wait first; the list shown is audited as a search. */
    @Transactional
    public List<WaitingChild> forCurrentUser() {
        ReadScope scope = access.currentScope();
        List<WaitingChild> waiting = scope.isEmpty() ? List.of() : waiting(scope, LocalDate.now(clock));
        events.publishEvent(new SearchPerformed("children-waiting-for-a-worker", Map.of(), waiting.size()));
        return waiting;
    }

    /** Every child waiting on {@code today} whom {@code scope} admits, oldest wait first (ties by name). */
    List<WaitingChild> waiting(ReadScope scope, LocalDate today) {
        Map<UUID, LocalDate> open = openEpisodeStarts(today);
        Set<UUID> allocated = allocatedChildren();
        return waitingAmong(open, open.keySet().stream().filter(id -> !allocated.contains(id)).toList(), scope, today);
    }

    /** Every child's open episode start today, for the whole authority: kept until a change commits (AuthorityWideFacts). */
    private Map<UUID, LocalDate> openEpisodeStarts(LocalDate today) {
        return facts.get(List.of("open episode starts", today), () -> cinEpisodes.openEpisodeStarts(today));
    }

    /** Every child held today, for the whole authority: kept until a change commits. */
    private Set<UUID> allocatedChildren() {
        return facts.get("allocated children", allocations::allocatedChildren);
    }

    /**
     * The children among these (a team's) who wait for a worker today and whom {@code scope} admits, oldest wait
     * first. Not audited: the page that shows them audits its view.
     */
    public List<WaitingChild> among(Collection<UUID> children, ReadScope scope) {
        LocalDate today = LocalDate.now(clock);
        // a team holds about a fortieth of the authority: looking its children up in the authority's kept sets costs
        // microseconds, where asking the database for them costs milliseconds a tray
        Map<UUID, LocalDate> everyOpen = openEpisodeStarts(today);
        Set<UUID> allocated = allocatedChildren();
        Map<UUID, LocalDate> open = new java.util.HashMap<>();
        List<UUID> unallocated = new ArrayList<>();
        for (UUID child : children) {
            LocalDate start = everyOpen.get(child);
            if (start != null && open.put(child, start) == null && !allocated.contains(child)) {
                unallocated.add(child);
            }
        }
        return waitingAmong(open, unallocated, scope, today);
    }

    private List<WaitingChild> waitingAmong(Map<UUID, LocalDate> open, List<UUID> unallocated, ReadScope scope, LocalDate today) {
        Map<UUID, PersonSummary> found = persons.findAll(unallocated);
        Map<UUID, LocalDate> lastEnded = allocations.lastEnded(unallocated);
        Map<UUID, String> teamNames = workforce.teams().stream().collect(Collectors.toMap(WorkforceRepository.Team::id,
                WorkforceRepository.Team::name));
        List<WaitingChild> waiting = new ArrayList<>();
        for (UUID id : unallocated) {
            PersonSummary p = found.get(id);
            if (p == null || !scope.admits(p.facts())) {
                continue;
            }
            LocalDate start = open.get(id);
            LocalDate ended = lastEnded.get(id);
            LocalDate since = WaitingForAWorker.waitingSince(start, ended);
            waiting.add(new WaitingChild(id, p.localId(), p.displayName(), p.dateOfBirth(), p.facts().responsibleTeamId(),
                    teamNames.get(p.facts().responsibleTeamId()), start, ended, since,
                    WaitingForAWorker.workingDaysWaited(since, today, calendar)));
        }
        waiting.sort(Comparator.comparing(WaitingChild::waitingSince).thenComparing(WaitingChild::name)
                .thenComparing(WaitingChild::personId));
        return waiting;
    }
}
