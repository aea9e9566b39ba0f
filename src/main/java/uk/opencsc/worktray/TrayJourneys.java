package uk.opencsc.worktray;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.timescales.ChildJourney;
import uk.opencsc.timescales.ChildJourneys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The children's journeys as trays read them, kept between visits: a team manager's tray reads the journeys of
 * every child the team holds, many times a day, and they change only when someone records something.
 * <p>
 * Every change to a child's record publishes the audit's {@link RecordChanged} with the child's id (a bulk load one
 * with none); once it commits, the child's journey (or every journey) is dropped and read afresh on the next visit.
 * A journey read while a change commits is not kept: each child has a generation, bumped by each change, and a
 * journey is only kept if its child's generation (and the whole cache's) did not move while it was read. Only trays
 * read through here: a module computing a clock inside its own write must read its uncommitted rows itself.
 */
@Component
class TrayJourneys {

    /** Far above an authority's children (with parents and carers); a guard against unbounded growth, not a tuning knob. */
    static final int MAX_KEPT = 250_000;

    private record Kept(ChildJourney journey) {
    }

    private final ChildJourneys journeys;
    private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();
    private final Map<UUID, Long> generations = new ConcurrentHashMap<>();
    private final AtomicLong epoch = new AtomicLong();

    TrayJourneys(ChildJourneys journeys) {
        this.journeys = journeys;
    }

    /** The journeys of these children, by child; a child no journey module knows is absent. */
    Map<UUID, ChildJourney> findAll(Collection<UUID> childIds) {
        Map<UUID, ChildJourney> found = new HashMap<>(childIds.size() * 2);
        List<UUID> missing = new ArrayList<>();
        for (UUID id : childIds) {
            Kept k = kept.get(id);
            if (k != null) {
                found.put(id, k.journey());
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        long epochBefore = epoch.get();
        Map<UUID, Long> before = new HashMap<>(missing.size() * 2);
        missing.forEach(id -> before.put(id, generations.getOrDefault(id, 0L)));
        Map<UUID, ChildJourney> read = journeys.findAll(missing);
        if (kept.size() + read.size() > MAX_KEPT) {
            kept.clear();
        }
        read.forEach((id, journey) -> {
            found.put(id, journey);
            kept.compute(id, (key, old) -> epoch.get() == epochBefore
                    && generations.getOrDefault(key, 0L).equals(before.get(key)) ? new Kept(journey) : old);
        });
        return found;
    }

    /** A committed change to a child's record: their journey is read afresh next time (all of them for a bulk load). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(RecordChanged change) {
        if (change.personId() == null) {
            epoch.incrementAndGet();
            kept.clear();
        } else {
            generations.merge(change.personId(), 1L, Long::sum);
            kept.remove(change.personId());
        }
    }
}
