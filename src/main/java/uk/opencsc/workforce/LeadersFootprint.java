package uk.opencsc.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * "The footprint of leaders in children's records": of the children with an open episode, how many have a manager's
 * entry (a management oversight case note or a supervision discussion) on or after {@code since}.
 *
 * @param since    the first day counted: today minus the chosen number of weeks
 * @param children children with an open episode
 * @param withEntry of those, the ones with a manager's entry since then
 */
public record LeadersFootprint(LocalDate since, int children, int withEntry) {

    public LeadersFootprint {
        if (withEntry < 0 || withEntry > children) {
            throw new IllegalArgumentException("withEntry must be 0 to children (" + children + "), was " + withEntry);
        }
    }

    /** The default look-back: four weeks, the local standard's supervision interval, so a child discussed in each supervision counts. */
    public static final int DEFAULT_WEEKS = 4;

    /** The share as a whole percentage (half up); 0 when there are no children. */
    public int percent() {
        return children == 0 ? 0 : BigDecimal.valueOf(withEntry * 100L).divide(BigDecimal.valueOf(children), 0, RoundingMode.HALF_UP).intValue();
    }

    public LeadersFootprint plus(LeadersFootprint other) {
        return new LeadersFootprint(since, children + other.children, withEntry + other.withEntry);
    }
}
