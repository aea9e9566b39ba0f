package uk.opencsc.workforce;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.opencsc.audit.RecordChanged;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The authority-wide sets behind the caseloads page (which children are of which case type today, each team's leaders'
 * footprint, the children the workers shown hold, the month-end trend of the teams shown) and behind the children
 * waiting for a worker (open episode starts, the children held), kept between requests: every such page needs them
 * whatever teams it shows (a team's tray looks its children up in them), and they change only when someone records
 * something.
 * <p>
 * Exact after a change commits, as the work trays' journeys are: every change to a record publishes the audit's
 * {@link RecordChanged} (a bulk load too), and once it commits everything kept is dropped. A set read while a change
 * commits is not kept (the generation moved while it was read). A kept set is read again after {@link #KEEP_FOR}, so
 * where several application instances share a database the page is at most that far behind another's change.
 */
@Component
class AuthorityWideFacts {

    /** How long a set is kept at most: the staleness bound when another instance changed the record. */
    static final Duration KEEP_FOR = Duration.ofMinutes(1);

    /** Keys are a kind and a day; a guard against growth over days, not a tuning knob. */
    private static final int MAX_KEPT = 200;

    private record Kept(Object value, long readAt) {
    }

    private final Map<Object, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final LongSupplier nanoTime;

    AuthorityWideFacts() {
        this(System::nanoTime);
    }

    AuthorityWideFacts(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The value kept under {@code key} when read less than {@link #KEEP_FOR} ago and nothing changed since; else read. */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> read) {
        long now = nanoTime.getAsLong();
        Kept k = kept.get(key);
        if (k != null && now - k.readAt() < KEEP_FOR.toNanos()) {
            return (T) k.value();
        }
        long before = generation.get();
        T value = read.get();
        if (generation.get() == before) {
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(key, new Kept(value, now));
        }
        return value;
    }

    /** A committed change to any record: everything is read afresh next time. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(RecordChanged change) {
        generation.incrementAndGet();
        kept.clear();
    }
}
