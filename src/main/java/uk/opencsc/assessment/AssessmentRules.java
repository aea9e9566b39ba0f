package uk.opencsc.assessment;

import uk.opencsc.platform.validation.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** What the worker wrote: the child seen on or after the start and not in the future; 21 No factors stands alone. */
    static List<FieldProblem> content(LocalDate startDate, LocalDate childSeenOn, boolean seenAlone,
                                      Set<AssessmentFactor> factors, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (childSeenOn != null && childSeenOn.isBefore(startDate)) {
            problems.add(new FieldProblem("childSeenOn", "Date the child was seen must be on or after the assessment started, " + startDate));
        }
        if (childSeenOn != null && childSeenOn.isAfter(today)) {
            problems.add(new FieldProblem("childSeenOn", "Date the child was seen must be today or in the past"));
        }
        if (childSeenOn == null && seenAlone) {
            problems.add(new FieldProblem("seenAlone", "Enter when the child was seen before saying they were seen alone"));
        }
        if (factors.contains(AssessmentFactor.F21) && factors.size() > 1) {
            problems.add(new FieldProblem("factors", "Select either 21 No factors identified or the factors identified, not both"));
        }
        return problems;
    }
}
