package uk.opencsc.care;

import java.time.LocalDate;

/**
 * The 903 collection years a code is valid in: the year-versioned code lists (placement types, reasons an episode
 * ceased, reasons a placement changed) each keep one.
 *
 * @param first the first collection year the code is valid in, inclusive; 0 for "since the 2017 schema"
 * @param last  the last, inclusive; 0 for "still valid"
 */
record CollectionYears(int first, int last) {

    /** Whether a code may be used on {@code date}: its collection year has the code. */
    boolean validOn(LocalDate date) {
        int year = CollectionYear.of(date).endingIn();
        return (first == 0 || year >= first) && (last == 0 || year <= last);
    }

    /** The years, in words, for a refusal. */
    String inWords() {
        if (first == 0 && last == 0) {
            return "in every year";
        }
        return first == 0 ? "up to the year ending 31 March " + last : "from the year starting 1 April " + (first - 1);
    }
}
