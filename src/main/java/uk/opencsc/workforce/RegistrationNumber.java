package uk.opencsc.workforce;

import uk.opencsc.platform.validation.InvalidValueException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Social Work England registration number: "SW" followed by digits (e.g. SW123456), as on the public register.
 *
 * @param value upper case, without spaces
 */
public record RegistrationNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("SW[0-9]{1,10}");

    public RegistrationNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("registrationNumber",
                    "Social Work England registration number must be SW followed by its digits, like SW123456");
        }
    }

    /**
     * As typed: spaces removed, letters upper-cased.
     *
     * @throws InvalidValueException naming "registrationNumber" when it is not SW followed by digits
     */
    public static RegistrationNumber of(String typed) {
        return new RegistrationNumber(typed == null ? null : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
