package uk.opencsc.workforce;

import uk.opencsc.platform.validation.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules of a worker's employment record as typed, each problem naming its field. */
final class EmploymentRules {

    static final BigDecimal MIN_FTE = new BigDecimal("0.1");
    static final BigDecimal MAX_FTE = BigDecimal.ONE;

    private EmploymentRules() {
    }

    /**
     * @param fte null when not given
     */
    static List<FieldProblem> check(BigDecimal fte, LocalDate startedOn, LocalDate leftOn, LeavingReason leavingReason,
                                    LocalDate qualifiedOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (fte == null) {
            problems.add(new FieldProblem("fte", "Enter the full-time equivalent, like 1.0 or 0.6"));
        } else if (fte.compareTo(MIN_FTE) < 0 || fte.compareTo(MAX_FTE) > 0) {
            problems.add(new FieldProblem("fte", "Full-time equivalent must be between 0.1 and 1.0"));
        } else if (fte.scale() > 2 && fte.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("fte", "Full-time equivalent must have at most two decimal places, like 0.75"));
        }
        if (startedOn != null && startedOn.isAfter(today.plusYears(1))) {
            problems.add(new FieldProblem("startedOn", "Start date must be within a year from today"));
        }
        if (qualifiedOn != null && qualifiedOn.isAfter(today)) {
            problems.add(new FieldProblem("qualifiedOn", "Date qualified must be today or in the past"));
        }
        if (leftOn != null && startedOn != null && leftOn.isBefore(startedOn)) {
            problems.add(new FieldProblem("leftOn", "Leaving date must be on or after the start date, " + startedOn));
        }
        if (leftOn != null && leavingReason == null) {
            problems.add(new FieldProblem("leavingReason", "Select the reason for leaving"));
        }
        if (leftOn == null && leavingReason != null) {
            problems.add(new FieldProblem("leftOn", "Enter the leaving date, or clear the reason for leaving"));
        }
        return problems;
    }
}
