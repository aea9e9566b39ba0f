package uk.opencsc.assessment;

import uk.opencsc.platform.validation.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of a child and family assessment as typed, each problem naming its field. */
final class AssessmentRules {

    private AssessmentRules() {
    }

    /**
     * Starting an assessment: within an open CIN episode, not before its referral, not in the future.
     *
     * @param referralDate the date of the referral that opened the child's CIN episode on {@code startDate}; null when none is open
     */
    static List<FieldProblem> start(LocalDate startDate, LocalDate referralDate, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (referralDate == null) {
            problems.add(new FieldProblem("startDate", "The child has no open CIN episode on this date: record a referral first"));
        } else if (startDate.isBefore(referralDate)) {
            problems.add(new FieldProblem("startDate", "Start date must be on or after the referral, " + referralDate));
        }
        if (startDate.isAfter(today)) {
            problems.add(new FieldProblem("startDate", "Start date must be today or in the past"));
        }
        return problems;
    }

    /**
     * What the worker wrote: each day the child was seen on or after the start, not in the future and listed once;
     * an internal review on or after the start and not in the future; 21 No factors stands alone. A problem with
     * the n-th day seen names {@code childSeen[n].on}.
     */
    static List<FieldProblem> content(LocalDate startDate, List<ChildSeen> childSeen, Set<AssessmentFactor> factors,
                                      LocalDate internalReviewDate, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < childSeen.size(); i++) {
            LocalDate on = childSeen.get(i).on();
            String field = "childSeen[" + i + "].on";
            if (on.isBefore(startDate)) {
                problems.add(new FieldProblem(field, "Date the child was seen must be on or after the assessment started, " + startDate));
            } else if (on.isAfter(today)) {
                problems.add(new FieldProblem(field, "Date the child was seen must be today or in the past"));
            } else if (!days.add(on)) {
                problems.add(new FieldProblem(field, "The child seen on " + on + " is already listed"));
            }
        }
        if (internalReviewDate != null && internalReviewDate.isBefore(startDate)) {
            problems.add(new FieldProblem("internalReviewDate", "Internal review date must be on or after the assessment started, " + startDate));
        }
        if (internalReviewDate != null && internalReviewDate.isAfter(today)) {
            problems.add(new FieldProblem("internalReviewDate", "Internal review date must be today or in the past"));
        }
        if (factors.contains(AssessmentFactor.F21) && factors.size() > 1) {
            problems.add(new FieldProblem("factors", "Select either 21 No factors identified or the factors identified, not both"));
        }
        return problems;
    }
}
