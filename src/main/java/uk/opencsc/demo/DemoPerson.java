package uk.opencsc.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * One synthetic person as the generator makes them, before the people module stores them. Codes are
 * the people module's: CIN census sex, ethnicity and disability codes, its religion codes and ISO 639-3
 * language codes.
 *
 * @param number              position in the generated population (stable for a seed)
 * @param localId             the authority's ID for the person; relationships name it
 * @param dateOfBirth         null for an unborn child
 * @param expectedDateOfBirth only for an unborn child
 * @param sex                 M, F or U (unknown, and every unborn child)
 * @param disabilities        empty when the person has none recorded
 * @param immigrationStatus   SSD immigration status code, null when not recorded
 * @param nhsNumber           null when not known
 * @param upn                 unique pupil number; null when not known
 * @param upnUnknownReason    CIN UN code saying why a child has no UPN; null for adults and when a UPN is known
 * @param responsibleTeam     the team holding the family's case (a parent's record is held with the child's)
 * @param restrictionReason   why the record is restricted; null for an ordinary record
 */
record DemoPerson(int number, String localId, Kind kind, String givenName, String familyName, LocalDate dateOfBirth,
                  LocalDate expectedDateOfBirth, String sex, String ethnicity, String religion, String firstLanguage,
                  boolean interpreterNeeded, List<String> disabilities, boolean unaccompaniedAsylumSeeker,
                  String immigrationStatus, String nhsNumber, String upn, String upnUnknownReason, Address address,
                  String responsibleTeam, String restrictionReason) {

    DemoPerson {
        disabilities = List.copyOf(disabilities);
        if ((dateOfBirth == null) == (expectedDateOfBirth == null)) {
            throw new IllegalArgumentException("A person has either a date of birth or an expected one: " + givenName + " " + familyName);
        }
    }

    enum Kind {
        /** A child or young person the authority works with (including unborn children and care leavers). */
        CHILD,
        /** A parent recorded because of a child. */
        PARENT
    }

    /** Where a household lives, from {@code since} (inclusive). */
    record Address(String line1, String town, String postcode, LocalDate since) {
    }

    /** Local IDs "D" and seven digits: the people module generates "P" ones, so demo IDs never collide with them. */
    static String localId(int number) {
        return "D" + String.format("%07d", number + 1);
    }

    boolean isChild() {
        return kind == Kind.CHILD;
    }

    boolean unborn() {
        return dateOfBirth == null;
    }

    /** Age in whole years on {@code day}; -1 for an unborn child. */
    int ageOn(LocalDate day) {
        return unborn() ? -1 : java.time.Period.between(dateOfBirth, day).getYears();
    }
}
