package uk.opencsc.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One England and Wales bank holiday.
 *
 * @param name as gov.uk names it, e.g. "Boxing Day (substitute day)"
 */
public record BankHoliday(LocalDate date, String name) implements Comparable<BankHoliday> {

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A bank holiday needs a name (" + date + ")");
        }
    }

    @Override
    public int compareTo(BankHoliday other) {
        return date.compareTo(other.date);
    }
}
