package uk.opencsc.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * NHS numbers, unique pupil numbers and postcodes that pass the real checks but belong to nobody.
 * Each is unique within one generated population. Not thread-safe: one per generation.
 */
final class SyntheticIdentifiers {

    /**
     * NHS England reserves 999 000 0000 to 999 999 9999 for testing: valid modulus-11 numbers that are
     * never issued to a patient, so a demo record can never carry a real person's number.
     */
    static final String NHS_TEST_PREFIX = "999";

    /**
     * Characters 2-4 of a UPN are the DfE number of the authority that allocated it, and the CIN census refuses a
     * number no authority has had (rule 1530), so a made-up one makes every demo child a census error. 820 was
     * Bedfordshire's, abolished in April 2009: a number the DfE still recognises (a UPN keeps its allocating
     * authority's number for life), yet no school has allocated a UPN under it since, so the UPNs of demo children who
     * joined school after 2009 (every child under 18) are valid but no real pupil's.
     */
    static final String LOCAL_AUTHORITY_NUMBER = "820";

    /**
     * A fictional postcode area: "NM" (Northmoor) is not one of the UK's 121 areas, so no address is
     * real, yet every code has the UK shape (outward code, space, digit and two letters).
     */
    static final String POSTCODE_AREA = "NM";

    /** Letters a postcode's inward code may use (Royal Mail leaves out C, I, K, M, O and V). */
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    /** The DfE's check letters for a UPN, indexed by the weighted sum modulo 23. */
    private static final String UPN_CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private final SplittableRandom random;
    private final Set<String> nhsNumbers = new HashSet<>();
    private final Set<String> upns = new HashSet<>();

    SyntheticIdentifiers(SplittableRandom random) {
        this.random = random;
    }

    String nhsNumber() {
        while (true) {
            StringBuilder digits = new StringBuilder(NHS_TEST_PREFIX);
            for (int i = 0; i < 6; i++) {
                digits.append(random.nextInt(10));
            }
            int check = nhsCheckDigit(digits);
            // A check digit of 10 means no valid number has these nine digits: draw again.
            if (check < 10) {
                String number = digits.append(check).toString();
                if (nhsNumbers.add(number)) {
                    return number;
                }
            }
        }
    }

    /**
     * A UPN as the DfE builds it: check letter, LA number, the school's DfE establishment number, the
     * last two digits of the year it was allocated, and a three-digit serial.
     *
     * @param allocated when the child first joined a school (reception, aged about four)
     */
    String upn(LocalDate allocated) {
        while (true) {
            // Primary schools are numbered 2000-3999 and secondaries 4000-4999 in DfE establishment numbers.
            int school = 2000 + random.nextInt(60) * 17;
            String body = LOCAL_AUTHORITY_NUMBER + school + String.format("%02d", allocated.getYear() % 100)
                    + String.format("%03d", random.nextInt(1000));
            String upn = upnCheckLetter(body) + body;
            if (upns.add(upn)) {
                return upn;
            }
        }
    }

    /**
     * A postcode for a household: 24 districts of 4,000 units each, so at the default scale a few
     * households share a unit, as neighbours do.
     */
    String postcode() {
        return POSTCODE_AREA + (1 + random.nextInt(24)) + " " + random.nextInt(10)
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
    }

    /** Modulus 11 over the first nine digits with weights 10 down to 2; 11 becomes 0; 10 means invalid. */
    static int nhsCheckDigit(CharSequence firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    /** The DfE check letter: characters 2 to 13 weighted 2 to 13, summed, modulo 23. */
    static char upnCheckLetter(String lastTwelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (lastTwelve.charAt(i) - '0') * (i + 2);
        }
        return UPN_CHECK_LETTERS.charAt(sum % 23);
    }
}
