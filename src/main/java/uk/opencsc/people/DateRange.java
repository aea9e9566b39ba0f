package uk.opencsc.people;

import uk.opencsc.platform.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The days from {@code startInclusive} up to but not including {@code endExclusive}; an open range
 * (null end) goes on with no end, like a current address.
 *
 * @throws InvalidValueException naming "endDate" when the end is not after the start
 */
public record DateRange(LocalDate startInclusive, LocalDate endExclusive) {

    public DateRange {
        Objects.requireNonNull(startInclusive, "startInclusive");
        if (endExclusive != null && !endExclusive.isAfter(startInclusive)) {
            throw new InvalidValueException("endDate", "End date must be after the start date");
        }
    }

    public static DateRange of(LocalDate startInclusive, LocalDate endExclusive) {
        return new DateRange(startInclusive, endExclusive);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startInclusive) && (endExclusive == null || day.isBefore(endExclusive));
    }

    /** True when at least one day is in both ranges. Ranges that only touch (one ends the day the other starts) do not overlap. */
    public boolean overlaps(DateRange other) {
        boolean thisStartsBeforeOtherEnds = other.endExclusive == null || startInclusive.isBefore(other.endExclusive);
        boolean otherStartsBeforeThisEnds = endExclusive == null || other.startInclusive.isBefore(endExclusive);
        return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
