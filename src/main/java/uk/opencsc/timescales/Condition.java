package uk.opencsc.timescales;

import java.time.LocalDate;

/**
 * When an interval of a repeating duty applies, judged on the date of the previous occurrence.
 */
public enum Condition {
    ALWAYS,
    /** Only for the interval after the first occurrence (a second looked after review within three months). */
    AFTER_THE_FIRST_OCCURRENCE,
    /** The child is under five, or their date of birth is not known. */
    UNDER_FIVE,
    FIVE_OR_OVER,
    /** The previous occurrence is within a year of the start (placement start, for visits). */
    FIRST_YEAR_OF_PLACEMENT,
    /** The placement has been recorded as intended to last until the child is 18. */
    PLACEMENT_INTENDED_TO_LAST_UNTIL_EIGHTEEN;

    /**
     * @param occurrencesSoFar how many occurrences have been met, the previous included
     * @param previous         the date of the previous occurrence
     * @param started          the date the clock started (the placement start, for visits)
     * @param longTerm         whether the placement was recorded as intended to last until 18, on or before {@code previous}
     */
    boolean holds(int occurrencesSoFar, LocalDate previous, LocalDate started, LocalDate dateOfBirth, boolean longTerm) {
        return switch (this) {
            case ALWAYS -> true;
            case AFTER_THE_FIRST_OCCURRENCE -> occurrencesSoFar == 1;
            case UNDER_FIVE -> dateOfBirth == null || previous.isBefore(dateOfBirth.plusYears(5));
            case FIVE_OR_OVER -> dateOfBirth != null && !previous.isBefore(dateOfBirth.plusYears(5));
            case FIRST_YEAR_OF_PLACEMENT -> previous.isBefore(started.plusYears(1));
            case PLACEMENT_INTENDED_TO_LAST_UNTIL_EIGHTEEN -> longTerm;
        };
    }
}
