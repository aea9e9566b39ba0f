package uk.opencsc.people;

import uk.opencsc.platform.validation.InvalidValueException;

/**
 * An NHS number: 10 digits, the last a modulus 11 check digit. Digits 1–9 are weighted 10 down to 2;
 * the check digit is 11 minus the sum modulo 11, with 11 written as 0; a result of 10 means the number
 * was never issued, so it is invalid.
 *
 * @param value 10 digits, no spaces
 */
public record NhsNumber(String value) {

    public NhsNumber {
        if (value == null || !value.matches("\\d{10}")) {
            throw new InvalidValueException("nhsNumber", "NHS number must be 10 digits");
        }
        int check = checkDigit(value.substring(0, 9));
        if (check == 10) {
            throw new InvalidValueException("nhsNumber", "NHS number is not a number the NHS issues: check it was typed correctly");
        }
        if (value.charAt(9) - '0' != check) {
            throw new InvalidValueException("nhsNumber", "NHS number has the wrong check digit: check it was typed correctly");
        }
    }

    /** Reads an NHS number as typed, e.g. "943 476 5919": spaces and hyphens removed. @throws InvalidValueException naming "nhsNumber" */
    public static NhsNumber of(String typed) {
        return new NhsNumber(typed == null ? null : typed.replaceAll("[\\s-]", ""));
    }

    /** 0–9, or 10 when no valid number has these first nine digits. */
    static int checkDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        return check == 11 ? 0 : check;
    }

    /** As the NHS writes it: 3-3-4 digits. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return value;
    }
}
