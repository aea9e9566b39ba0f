package uk.opencsc.returns.annexa;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period Ofsted's lists look back over from a reference date (the day the lists are asked for, usually the
 * inspection's first day): "the six months before", from the same day six months earlier to the reference date, both
 * inclusive. For a reference date of 31 August the window opens on 28 (or 29) February, the same day of the month
 * where it exists ({@link LocalDate#minusMonths}). Events after the reference date are not listed, and what happened
 * to a listed item after it is left blank, so a list for a past date shows the record as it stood on that day.
 *
 * @param referenceDate the last day of the window (inclusive)
 */
record AnnexAWindow(LocalDate referenceDate) {

    AnnexAWindow {
        Objects.requireNonNull(referenceDate, "referenceDate");
    }

    /** The first day of the six months before the reference date (inclusive). */
    LocalDate sixMonthsFrom() {
        return referenceDate.minusMonths(6);
    }
}
