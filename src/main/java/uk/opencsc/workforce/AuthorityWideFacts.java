package uk.opencsc.workforce;

import org.springframework.stereotype.Component;
import uk.opencsc.audit.CommittedChanges;
import uk.opencsc.audit.KeptUntilChange;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The authority-wide sets behind the caseloads page (which children are of which case type today, each team's leaders'
 * footprint, the children the workers shown hold, the month-end trend of the teams shown) and behind the children
 * waiting for a worker (open episode starts, the children held), kept between requests until a change commits: every
 * such page needs them whatever teams it shows (a team's tray looks its children up in them), and they change only
 * when someone records something.
 */
@Component
class AuthorityWideFacts {

    /** How long a set is kept at most: the staleness bound when another instance changed the record. */
    static final Duration KEEP_FOR = Duration.ofMinutes(1);

    /** Keys are a kind and a day; a guard against growth over days, not a tuning knob. */
    private static final int MAX_KEPT = 200;

    private final KeptUntilChange<Object, Object> kept;

    AuthorityWideFacts(CommittedChanges changes) {
        this.kept = new KeptUntilChange<>(changes, KEEP_FOR, MAX_KEPT);
    }

    /** The value kept under {@code key} when nothing changed since it was read; else read. */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> read) {
        return (T) kept.get(key, (Supplier<Object>) read);
    }
}
