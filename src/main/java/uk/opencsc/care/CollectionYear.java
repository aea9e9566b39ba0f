package uk.opencsc.care;

import java.time.LocalDate;

/**
 * The 903 collection year a date falls in, named by the year it ends: the year ending 31 March 2026 is "2026"
 * (1 April 2025 to 31 March 2026, both inclusive). Code lists change from one collection year to the next.
 */
public record CollectionYear(int endingIn) {

    public static CollectionYear of(LocalDate date) {
        return new CollectionYear(date.getMonthValue() >= 4 ? date.getYear() + 1 : date.getYear());
    }

    /** 1 April of the year before {@link #endingIn}. */
    public LocalDate start() {
        return LocalDate.of(endingIn - 1, 4, 1);
    }

    /** 31 March of {@link #endingIn}: the day the 903 counts children "at 31 March". */
    public LocalDate end() {
        return LocalDate.of(endingIn, 3, 31);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }
}
