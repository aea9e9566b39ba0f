package uk.opencsc.people;

import uk.opencsc.platform.validation.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UK postcode in its normal form: upper case, one space before the inward code ("SW1A 1AA").
 * The shape is checked (outward code A9, A99, AA9, AA99, A9A or AA9A, inward code 9AA); whether the
 * postcode exists is not — that needs the Royal Mail address file.
 *
 * @param value the normalised postcode
 */
public record Postcode(String value) {

    private static final Pattern SHAPE = Pattern.compile(
            "(GIR 0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y]) [0-9][ABD-HJLNP-UW-Z]{2})");

    public Postcode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("postcode", "Postcode must be a UK postcode, like SW1A 1AA");
        }
    }

    /** Reads a postcode as typed ("sw1a1aa", " SW1A  1AA "). @throws InvalidValueException naming "postcode" */
    public static Postcode of(String typed) {
        if (typed == null) {
            return new Postcode(null);
        }
        String compact = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            return new Postcode(compact);
        }
        return new Postcode(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
    }

    @Override
    public String toString() {
        return value;
    }
}
