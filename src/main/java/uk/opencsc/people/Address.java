package uk.opencsc.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An address a person lived or lives at.
 *
 * @param startDate inclusive
 * @param endDate   exclusive: the day they no longer lived there; null while it is their current address
 */
record Address(UUID id, UUID personId, String line1, String line2, String town, String postcode,
               LocalDate startDate, LocalDate endDate, int version) {

    DateRange dates() {
        return DateRange.of(startDate, endDate);
    }

    public boolean current() {
        return endDate == null;
    }

    public String oneLine() {
        return line1 + (line2 == null ? "" : ", " + line2) + ", " + town + ", " + postcode;
    }
}
