package uk.opencsc.workforce;

import uk.opencsc.platform.validation.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The local standard for how often a worker is supervised: every {@code weeks} weeks, and every
 * {@code newlyQualifiedWeeks} weeks for a worker in their first year after qualifying (the assessed and supported
 * year in employment). Both are the local authority's choice (docs/workforce.md).
 */
public record SupervisionDue(int weeks, int newlyQualifiedWeeks) {

    public SupervisionDue {
        if (!problems(weeks, newlyQualifiedWeeks).isEmpty()) {
            throw new IllegalArgumentException(problems(weeks, newlyQualifiedWeeks).getFirst().message());
        }
    }

    public static List<FieldProblem> problems(int weeks, int newlyQualifiedWeeks) {
        List<FieldProblem> problems = new ArrayList<>();
        if (weeks < 1 || weeks > 26) {
            problems.add(new FieldProblem("supervisionWeeks", "Supervision frequency must be from 1 to 26 weeks"));
        }
        if (newlyQualifiedWeeks < 1 || newlyQualifiedWeeks > 26) {
            problems.add(new FieldProblem("newlyQualifiedSupervisionWeeks",
                    "Supervision frequency for newly qualified workers must be from 1 to 26 weeks"));
        }
        return problems;
    }

    /**
     * When the next supervision is due: the interval after the last one (the newly qualified interval when the worker
     * was newly qualified on that day); a worker never supervised is due one interval after they started, and today
     * when their start is not recorded.
     *
     * @param lastSupervised null when never supervised
     * @param startedOn      null when not recorded
     * @param qualifiedOn    null when not recorded or not qualified
     */
    public LocalDate nextDue(LocalDate lastSupervised, LocalDate startedOn, LocalDate qualifiedOn, LocalDate today) {
        LocalDate from = lastSupervised != null ? lastSupervised : startedOn;
        if (from == null) {
            return today;
        }
        return from.plusWeeks(newlyQualifiedOn(qualifiedOn, from) ? newlyQualifiedWeeks : weeks);
    }

    /** Overdue once the due day has passed: a supervision on the due day is on time. */
    public static boolean overdue(LocalDate due, LocalDate today) {
        return today.isAfter(due);
    }

    private static boolean newlyQualifiedOn(LocalDate qualifiedOn, LocalDate day) {
        return qualifiedOn != null && !day.isBefore(qualifiedOn) && !day.isAfter(qualifiedOn.plusYears(1));
    }
}
