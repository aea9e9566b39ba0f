package uk.opencsc.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * One synthetic person as the generator makes them, before the people module stores them.
 *
 * @param number              position in the generated population (stable for a seed); relationships use it
 * @param dateOfBirth         null for an unborn child
 * @param expectedDateOfBirth only for an unborn child
 * @param sex                 CIN census sex code: M, F or U (unknown, and every unborn child)
 * @param ethnicity           CIN census ethnicity code
 * @param disabilities        CIN census disability codes; empty when the person has none recorded
 * @param nhsNumber           null when not known
 * @param upn                 unique pupil number; null when not known (under school age, adults)
 * @param responsibleTeam     the team holding a child's case; null for parents and carers
 * @param restrictionReason   why the record is restricted; null for an ordinary record
 */
record DemoPerson(int number, Kind kind, String givenName, String familyName, LocalDate dateOfBirth,
                  LocalDate expectedDateOfBirth, String sex, String ethnicity, String religion, String firstLanguage,
                  List<String> disabilities, boolean unaccompaniedAsylumSeeker, String nhsNumber, String upn,
                  String postcode, String responsibleTeam, String restrictionReason) {

    DemoPerson {
        disabilities = List.copyOf(disabilities);
        if ((dateOfBirth == null) == (expectedDateOfBirth == null)) {
            throw new IllegalArgumentException("A person has either a date of birth or an expected one: " + givenName + " " + familyName);
        }
    }

    enum Kind {
        /** A child or young person the authority works with (including unborn children and care leavers). */
        CHILD,
        /** A parent or carer recorded because of a child. */
        PARENT
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
