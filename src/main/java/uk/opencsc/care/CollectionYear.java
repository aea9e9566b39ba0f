package uk.opencsc.care;

import java.time.LocalDate;

/**
 * The 903 collection year a date falls in, named by the year it ends: the year ending 31 March 2026 is "2026"
 * (1 April 2025 to 31 March 2026, both inclusive). Code lists change from one collection year to the next.
 */
record CollectionYear(int endingIn) {

    static CollectionYear of(LocalDate date) {
        return new CollectionYear(date.getMonthValue() >= 4 ? date.getYear() + 1 : date.getYear());
    }

    /**
     * @param first the first year a code is valid, inclusive; 0 for "since the 2017 schema"
     * @param last  the last year it is valid, inclusive; 0 for "still valid"
     */
    boolean within(int first, int last) {
        return (first == 0 || endingIn >= first) && (last == 0 || endingIn <= last);
    }
}
