package uk.opencsc.adoption;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The DfE adoption scorecard's timeliness measures for one child, against the thresholds set for 2013-16 (the last
 * the DfE set; the Adoption and Special Guardianship Leadership Board still reports against them):
 * <ul>
 *   <li>A1: days from entering care to moving in with the adoptive family; threshold 426 days (14 months).</li>
 *   <li>A10: A1 adjusted for foster carer adoptions: counted to the day the child moved in with the carers who adopt
 *   (here the fostering for adoption or concurrent planning placement), same threshold.</li>
 *   <li>A2: days from the placement order (court authority to place) to the match; threshold 121 days (4 months);
 *   a child matched before the order counts zero.</li>
 * </ul>
 * The scorecard averages these over adopted children; for one child a measure that has not ended yet counts the
 * days so far, so the adoption team sees a child heading past the threshold before it happens. Days are calendar
 * days from the start (exclusive) to the end (inclusive), i.e. the difference between the dates.
 */
public final class AdoptionScorecard {

    public static final int A1_THRESHOLD_DAYS = 426;
    public static final int A2_THRESHOLD_DAYS = 121;

    private AdoptionScorecard() {
    }

    /**
     * @param complete true when the measure's end has happened; false when {@code days} counts to today
     */
    public record Timing(String measure, String description, long days, int thresholdDays, boolean complete) {
        public boolean overThreshold() {
            return days > thresholdDays;
        }
    }

    /** The measures that apply to the child so far: none before the child entered care or a placement order. */
    public static List<Timing> of(AdoptionMilestones m, LocalDate today) {
        List<Timing> timings = new ArrayList<>();
        a1(m, today).ifPresent(timings::add);
        a10(m, today).ifPresent(timings::add);
        a2(m, today).ifPresent(timings::add);
        return timings;
    }

    /** A1: entering care to moving in with the adoptive family (placed for adoption). */
    public static Optional<Timing> a1(AdoptionMilestones m, LocalDate today) {
        return clock("A1", "Entering care to moving in with the adoptive family", m.enteredCareDate(), m.placedDate(),
                A1_THRESHOLD_DAYS, m, today);
    }

    /** A10: as A1, ending when the child moved in with the carers who adopt; only where there was such an early placement. */
    public static Optional<Timing> a10(AdoptionMilestones m, LocalDate today) {
        if (m.earlyPlacementDate() == null) {
            return Optional.empty();
        }
        return clock("A10", "Entering care to moving in with the carers who adopt (fostering for adoption or concurrent planning)",
                m.enteredCareDate(), m.earlyPlacementDate(), A1_THRESHOLD_DAYS, m, today);
    }

    /** A2: the placement order to the match; zero when the match came first. */
    public static Optional<Timing> a2(AdoptionMilestones m, LocalDate today) {
        if (m.placementOrderDate() != null && m.matchedDate() != null && m.matchedDate().isBefore(m.placementOrderDate())) {
            return Optional.of(new Timing("A2", "Placement order to the match", 0, A2_THRESHOLD_DAYS, true));
        }
        return clock("A2", "Placement order to the match", m.placementOrderDate(), m.matchedDate(), A2_THRESHOLD_DAYS, m, today);
    }

    /** Counts from start to end, or to today while the plan is still open; a reversed plan stops its open clocks. */
    private static Optional<Timing> clock(String measure, String description, LocalDate start, LocalDate end, int threshold,
                                          AdoptionMilestones m, LocalDate today) {
        if (start == null) {
            return Optional.empty();
        }
        if (end != null) {
            return Optional.of(new Timing(measure, description, ChronoUnit.DAYS.between(start, end), threshold, true));
        }
        if (!m.openAdoptionPlan() || today.isBefore(start)) {
            return Optional.empty();
        }
        return Optional.of(new Timing(measure, description, ChronoUnit.DAYS.between(start, today), threshold, false));
    }
}
