package uk.opencsc.workforce;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How many children were held at the end of each month, counted from allocation periods (never from stored
 * snapshots): a child is held at the end of day D when the allocation began on or before D and had not ended by then
 * ({@code [from, to)}, so one ended on D+1 counts and one ended on D does not).
 */
public final class MonthEndCaseloads {

    private MonthEndCaseloads() {
    }

    /** An allocation period: {@code from} inclusive, {@code to} exclusive, null while current. */
    public record Held(LocalDate from, LocalDate to) {
        boolean heldAtEndOf(LocalDate day) {
            return !from.isAfter(day) && (to == null || to.isAfter(day));
        }
    }

    /** A month's last day with the children held then. */
    public record MonthEnd(LocalDate day, int children) {
    }

    /**
     * The last days of the {@code months} months before the one {@code today} is in, oldest first (today's month has
     * not ended: it is shown as "today" by the caller).
     */
    public static List<LocalDate> monthEndsBefore(LocalDate today, int months) {
        List<LocalDate> ends = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (int i = months; i >= 1; i--) {
            ends.add(current.minusMonths(i).atEndOfMonth());
        }
        return ends;
    }

    /** For each of {@code days}, how many of {@code periods} were held at the end of it. */
    public static List<MonthEnd> count(Collection<Held> periods, List<LocalDate> days) {
        return days.stream().map(d -> new MonthEnd(d, (int) periods.stream().filter(p -> p.heldAtEndOf(d)).count())).toList();
    }
}
