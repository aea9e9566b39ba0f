package uk.opencsc.workforce;

import uk.opencsc.access.Role;
import uk.opencsc.platform.validation.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a supervision record needs: a manager supervising someone else, on a day not in the future, and for each
 * child discussed both a short note of the discussion and the decisions made (a discussion with no decision is not
 * oversight; a decision with no discussion has no reasons).
 */
final class SupervisionRules {

    static final Set<Role> SUPERVISORS = Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE);

    private SupervisionRules() {
    }

    /** A child's part of the form as typed; blank discussion and decisions mean the child was not discussed. */
    record ChildDiscussed(String field, String childName, String discussion, String decisions) {
        boolean discussed() {
            return !blank(discussion) || !blank(decisions);
        }
    }

    static List<FieldProblem> check(Role supervisor, boolean supervisingThemselves, LocalDate heldOn, LocalDate today,
                                    List<ChildDiscussed> children) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!SUPERVISORS.contains(supervisor)) {
            problems.add(new FieldProblem("supervisor", "Only a team manager or head of service records a supervision"));
        }
        if (supervisingThemselves) {
            problems.add(new FieldProblem("supervisor", "A manager cannot record their own supervision"));
        }
        if (heldOn != null && heldOn.isAfter(today)) {
            problems.add(new FieldProblem("heldOn", "Date of the supervision must be today or in the past"));
        }
        for (ChildDiscussed c : children) {
            if (!c.discussed()) continue;
            if (blank(c.discussion())) {
                problems.add(new FieldProblem("discussion" + c.field(), "Enter what was discussed about " + c.childName()));
            }
            if (blank(c.decisions())) {
                problems.add(new FieldProblem("decisions" + c.field(), "Enter the decisions made for " + c.childName()));
            }
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
