package uk.opencsc.people;

import uk.opencsc.platform.validation.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules about a person's dates that depend on today. {@code today} is passed in: the rules hold
 * no clock.
 */
public final class PersonRules {

    /** A pregnancy lasts about 40 weeks, so an expected date of birth further ahead than this is a typing slip. */
    public static final int EXPECTED_BIRTH_MAX_MONTHS_AHEAD = 10;

    private PersonRules() {
    }

    public static List<FieldProblem> datesOn(PersonDetails person, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (person.dateOfBirth() != null && person.dateOfBirth().isAfter(today)) {
            problems.add(new FieldProblem("dateOfBirth", "Date of birth must be today or in the past"));
        }
        if (person.expectedDateOfBirth() != null && person.expectedDateOfBirth().isAfter(today.plusMonths(EXPECTED_BIRTH_MAX_MONTHS_AHEAD))) {
            problems.add(new FieldProblem("expectedDateOfBirth",
                    "Expected date of birth must be within " + EXPECTED_BIRTH_MAX_MONTHS_AHEAD + " months from today"));
        }
        if (person.dateOfDeath() != null && person.dateOfDeath().isAfter(today)) {
            problems.add(new FieldProblem("dateOfDeath", "Date of death must be today or in the past"));
        }
        return problems;
    }
}
