package uk.opencsc.people;

import uk.opencsc.platform.validation.InvalidValueException;

/**
 * A Unique Pupil Number as the DfE allocates it: a check letter, then 11 digits, then a digit (a
 * permanent UPN) or a letter (a temporary UPN), 13 characters in all (CIN census {@code upntype}).
 * <p>
 * The check letter is the modulo-23 sum of characters 2 to 13 weighted 2 to 13, written as a letter of
 * A–Z without I, O and S (0 = A ... 22 = Z). A temporary UPN's final letter counts as its value in
 * the same alphabet. Source: the UK Government Data Standards Catalogue, Unique Pupil Number v2.0.
 *
 * @param value 13 characters, upper case
 */
public record UniquePupilNumber(String value) {

    /** The check-letter alphabet: A–Z without I, O and S, so index = value. */
    static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    public UniquePupilNumber {
        if (value == null || !value.matches("[A-Z]\\d{11}[0-9A-Z]")) {
            throw new InvalidValueException("upn", "Unique pupil number must be 13 characters: a letter, 11 digits, then a digit or a letter");
        }
        char last = value.charAt(12);
        if (Character.isLetter(last) && LETTERS.indexOf(last) < 0) {
            throw new InvalidValueException("upn", "Unique pupil number cannot end in I, O or S");
        }
        char expected = checkLetter(value.substring(1));
        if (value.charAt(0) != expected) {
            throw new InvalidValueException("upn", "Unique pupil number has the wrong check letter: check it was typed correctly");
        }
    }

    /** Reads a UPN as typed: spaces removed, letters upper-cased. @throws InvalidValueException naming "upn" */
    public static UniquePupilNumber of(String typed) {
        return new UniquePupilNumber(typed == null ? null : typed.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The check letter for the 12 characters after it (11 digits and a digit or letter). Public so the CIN
     * census rule 1510 can name a wrong check letter in a file without re-deriving the DfE's algorithm.
     *
     * @param twelve 11 digits then a digit or a letter of {@link #LETTERS}; anything else is not a UPN's tail
     */
    public static char checkLetter(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = twelve.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
            sum += v * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }

    @Override
    public String toString() {
        return value;
    }
}
