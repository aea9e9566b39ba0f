package uk.opencsc.people;

import uk.opencsc.platform.validation.InvalidValueException;
import java.time.LocalDate;

/**
 * An address a person lives at from {@code startDate} (inclusive) until further notice.
 *
 * @param line2 optional
 */
public record NewAddress(String line1, String line2, String town, Postcode postcode, LocalDate startDate) {

    public NewAddress {
        if (line1 == null || line1.isBlank()) throw new InvalidValueException("line1", "Address line 1 is required");
        if (town == null || town.isBlank()) throw new InvalidValueException("town", "Town or city is required");
        if (postcode == null) throw new InvalidValueException("postcode", "Postcode is required");
        if (startDate == null) throw new InvalidValueException("startDate", "Date they started living here is required");
        line1 = line1.trim();
        line2 = line2 == null || line2.isBlank() ? null : line2.trim();
        town = town.trim();
    }
}
