package uk.opencsc.worktray;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.timescales.ChildJourney;
import uk.opencsc.timescales.ChildJourneys;
import uk.opencsc.timescales.DueWork;
import uk.opencsc.timescales.Obligation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The children's journeys as trays read them, kept between visits with the obligations they put on a tray that day:
 * a team manager's tray covers every child the team holds, many times a day, and a journey changes only when someone
 * records something.
 * <p>
 * Every change to a child's record publishes the audit's {@link RecordChanged} with the child's id (a bulk load, or a
 * change to a local timescale, one with none); once it commits, the child's journey (or every journey) is dropped and
 * read afresh on the next visit. A journey read while a change commits is not kept: each child has a generation,
 * bumped by each change, and a journey is only kept if its child's generation (and the whole cache's) did not move
 * while it was read. A kept journey is also read again after {@link #KEEP_FOR}, so where several application
 * instances share a database (one does not hear the other's changes) a tray is at most that far behind. Only trays
 * read through here: a module computing a clock inside its own write must read its uncommitted rows itself.
 */
@Component
class TrayJourneys {

    /** Far above an authority's children (with parents and carers); a guard against unbounded growth, not a tuning knob. */
    static final int MAX_KEPT = 250_000;

    /**
     * How long a journey is kept at most: the staleness bound when another instance changed the record. Each child's
     * is kept for between half of this and all of it, spread by child, so that the hundreds of journeys a team tray
     * read at one moment are not all due again at one later moment, when every manager opening a tray would read
     * them all at once.
     */
    static final Duration KEEP_FOR = Duration.ofMinutes(1);

    /**
     * @param journey null for a person no journey module knows (a parent or carer the team holds): kept as such, so
     *                a team's adults are not asked for again on every visit
     * @param day     the day {@code onTray} was worked out for; null until it is
     * @param onTray  the child's obligations on a tray that day
     */
    private record Kept(ChildJourney journey, long readAt, LocalDate day, List<Obligation> onTray) {
    }

    private final ChildJourneys journeys;
    private final LongSupplier nanoTime;
    private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();
    private final Map<UUID, Long> generations = new ConcurrentHashMap<>();
    private final AtomicLong epoch = new AtomicLong();

    @Autowired
    TrayJourneys(ChildJourneys journeys) {
        this(journeys, System::nanoTime);
    }

    TrayJourneys(ChildJourneys journeys, LongSupplier nanoTime) {
        this.journeys = journeys;
        this.nanoTime = nanoTime;
    }

    /** The journeys of these children, by child; a child no journey module knows is absent. */
    Map<UUID, ChildJourney> findAll(Collection<UUID> childIds) {
        Map<UUID, ChildJourney> found = new HashMap<>(childIds.size() * 2);
        keptOrRead(childIds).forEach((id, k) -> {
            if (k.journey() != null) {
                found.put(id, k.journey());
            }
        });
        return found;
    }

    /**
     * The obligations on a tray on {@code today} of each of these children who has any, worked out once a day per
     * journey kept.
     *
     * @param onTray   which obligations go on a tray ({@link TrayOrder#onTray})
     * @param dueWork  the timescales in force, asked for only when something must be worked out
     */
    Map<UUID, List<Obligation>> onTray(Collection<UUID> childIds, LocalDate today, Predicate<Obligation> onTray,
                                       Supplier<DueWork> dueWork) {
        Map<UUID, List<Obligation>> due = new HashMap<>();
        DueWork[] work = new DueWork[1];
        keptOrRead(childIds).forEach((id, k) -> {
            List<Obligation> obligations = k.onTray();
            if (k.journey() != null && !today.equals(k.day())) {
                if (work[0] == null) {
                    work[0] = dueWork.get();
                }
                List<Obligation> worked = new ArrayList<>(2);
                work[0].forChild(k.journey(), today, o -> {
                    if (onTray.test(o)) {
                        worked.add(o);
                    }
                });
                obligations = List.copyOf(worked);
                Kept updated = new Kept(k.journey(), k.readAt(), today, obligations);
                kept.replace(id, k, updated);
            }
            if (!obligations.isEmpty()) {
                due.put(id, obligations);
            }
        });
        return due;
    }

    private static long keptFor(UUID childId) {
        long half = KEEP_FOR.toNanos() / 2;
        return half + Math.floorMod(childId.getLeastSignificantBits(), half);
    }

    private Map<UUID, Kept> keptOrRead(Collection<UUID> childIds) {
        Map<UUID, Kept> found = new HashMap<>(childIds.size() * 2);
        List<UUID> missing = new ArrayList<>();
        long now = nanoTime.getAsLong();
        for (UUID id : childIds) {
            Kept k = kept.get(id);
            if (k != null && now - k.readAt() < keptFor(id)) {
                found.put(id, k);
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
        if (kept.size() + missing.size() > MAX_KEPT) {
            kept.clear();
        }
        for (UUID id : missing) {
            ChildJourney journey = read.get(id);
            Kept fresh = new Kept(journey, now, null, List.of());
            found.put(id, fresh);
            kept.compute(id, (key, old) -> epoch.get() == epochBefore
                    && generations.getOrDefault(key, 0L).equals(before.get(key)) ? fresh : old);
        }
        return found;
    }

    /** A committed change to a child's record: their journey is read afresh next time (all of them for a change with no child). */
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
