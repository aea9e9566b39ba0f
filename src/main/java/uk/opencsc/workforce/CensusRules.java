package uk.opencsc.workforce;

import uk.opencsc.platform.validation.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules of the records the workforce census adds (a worker's census details, an absence, a team's funded posts), each problem naming its field. */
final class CensusRules {

    static final int MAX_INSTITUTION_LENGTH = 200;
    /** No working year has more working days than this, so no single absence can cost more. */
    static final BigDecimal MAX_DAYS_LOST = new BigDecimal("366");
    /** A team's funded posts: far above any team, low enough to catch a typing slip of an extra digit or three. */
    static final BigDecimal MAX_FUNDED_FTE = new BigDecimal("500");

    private CensusRules() {
    }

    /** A worker is at least 18 at qualifying (a social work degree); 16 leaves room for a typing slip elsewhere. */
    static List<FieldProblem> checkDetails(LocalDate bornOn, String qualificationInstitution, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (bornOn != null && bornOn.isAfter(today.minusYears(16))) {
            problems.add(new FieldProblem("bornOn", "Date of birth must be at least 16 years ago"));
        } else if (bornOn != null && bornOn.isBefore(today.minusYears(100))) {
            problems.add(new FieldProblem("bornOn", "Date of birth must be within the last 100 years"));
        }
        if (qualificationInstitution != null && qualificationInstitution.trim().length() > MAX_INSTITUTION_LENGTH) {
            problems.add(new FieldProblem("qualificationInstitution",
                    "Institution of qualification must be " + MAX_INSTITUTION_LENGTH + " characters or fewer"));
        }
        return problems;
    }

    /** @param workingDaysLost null when not given */
    static List<FieldProblem> checkAbsence(LocalDate firstDay, LocalDate lastDay, BigDecimal workingDaysLost, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (firstDay != null && firstDay.isAfter(today)) {
            problems.add(new FieldProblem("firstDay", "First day of absence must be today or in the past"));
        }
        if (firstDay != null && lastDay != null && lastDay.isBefore(firstDay)) {
            problems.add(new FieldProblem("lastDay", "Last day of absence must be on or after the first day, " + firstDay));
        }
        if (workingDaysLost == null) {
            problems.add(new FieldProblem("workingDaysLost", "Enter the working days lost, like 3 or 2.5"));
        } else if (workingDaysLost.signum() < 0) {
            problems.add(new FieldProblem("workingDaysLost", "Working days lost must be 0 or more"));
        } else if (workingDaysLost.compareTo(MAX_DAYS_LOST) > 0) {
            problems.add(new FieldProblem("workingDaysLost", "Working days lost must be " + MAX_DAYS_LOST + " or fewer"));
        } else if (workingDaysLost.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("workingDaysLost", "Working days lost must have at most two decimal places, like 2.5"));
        }
        return problems;
    }

    /** @param fundedFte null when not given */
    static List<FieldProblem> checkEstablishment(BigDecimal fundedFte) {
        List<FieldProblem> problems = new ArrayList<>();
        if (fundedFte == null) {
            problems.add(new FieldProblem("fundedFte", "Enter the funded posts as full-time equivalent, like 12 or 11.5"));
        } else if (fundedFte.signum() < 0) {
            problems.add(new FieldProblem("fundedFte", "Funded posts must be 0 or more"));
        } else if (fundedFte.compareTo(MAX_FUNDED_FTE) > 0) {
            problems.add(new FieldProblem("fundedFte", "Funded posts must be " + MAX_FUNDED_FTE + " or fewer for one team"));
        } else if (fundedFte.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("fundedFte", "Funded posts must have at most two decimal places, like 11.5"));
        }
        return problems;
    }
}
