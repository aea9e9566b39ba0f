package uk.opencsc.audit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Values read from the record, kept between requests until any change to any record commits, so what is shown is
 * exact after a change as if read afresh. A value read while a change commits is not kept (the count moved while it
 * was read). A kept value is read again after {@code keepFor} at most: where several application instances share a
 * database, one does not hear the other's changes, and that is how far behind it can be.
 *
 * @param <K> a value's key; a key carrying a day keeps a value for that day only
 */
public final class KeptUntilChange<K, V> {

    private record Kept<V>(V value, long readAt, long changes) {
    }

    private final CommittedChanges changes;
    private final Duration keepFor;
    private final int maxKept;
    private final LongSupplier nanoTime;
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

    /** @param maxKept a guard against growth (keys carrying days, users' scopes), not a tuning knob */
    public KeptUntilChange(CommittedChanges changes, Duration keepFor, int maxKept) {
        this(changes, keepFor, maxKept, System::nanoTime);
    }

    KeptUntilChange(CommittedChanges changes, Duration keepFor, int maxKept, LongSupplier nanoTime) {
        this.changes = changes;
        this.keepFor = keepFor;
        this.maxKept = maxKept;
        this.nanoTime = nanoTime;
    }

    /** The value kept under {@code key} when nothing changed since it was read, less than {@code keepFor} ago; else read. */
    public V get(K key, Supplier<V> read) {
        long now = nanoTime.getAsLong();
        long before = changes.count();
        Kept<V> k = kept.get(key);
        if (k != null && k.changes() == before && now - k.readAt() < keepFor.toNanos()) {
            return k.value();
        }
        V value = read.get();
        if (changes.count() == before) {
            if (kept.size() >= maxKept) {
                kept.clear();
            }
            kept.put(key, new Kept<>(value, now, before));
        }
        return value;
    }
}
