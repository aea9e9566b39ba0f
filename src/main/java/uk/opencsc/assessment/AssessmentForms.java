package uk.opencsc.assessment;

import uk.opencsc.platform.web.DateInput;

import java.util.ArrayList;
import java.util.List;

/** The assessment forms as typed; each carries the version of the assessment when it was opened, where it changes one. */
final class AssessmentForms {

    private AssessmentForms() {
    }

    record StartForm(DateInput startDate) {
    }

    /**
     * The assessment as written; also what its server-side draft keeps (as JSON), so it holds only what was typed.
     *
     * @param childSeen each day the child was seen as typed, a blank row where another may be added
     */
    record EditForm(String worker, List<SeenInput> childSeen, String childsWords, List<String> factors,
                    String analysis, String outcome, DateInput internalReviewDate, Integer version) {

        static EditForm of(ChildAndFamilyAssessment a) {
            return new EditForm(a.worker(), a.childSeen().stream()
                    .map(c -> new SeenInput(DateInput.of(c.on()), c.alone() ? "yes" : "no")).toList(), a.childsWords(),
                    a.factors().stream().map(AssessmentFactor::code).sorted().toList(), a.analysis(),
                    a.outcome() == null ? null : a.outcome().code(), DateInput.of(a.internalReviewDate()), a.version());
        }

        EditForm withVersion(int newVersion) {
            return new EditForm(worker, childSeen, childsWords, factors, analysis, outcome, internalReviewDate, newVersion);
        }

        /** The form with one blank row at the end for another day the child was seen (the form works without JavaScript). */
        EditForm withRoomForAnotherDay() {
            // a row left out of the post (childSeen[0] and [2] only) shows blank
            List<SeenInput> rows = new ArrayList<>();
            for (SeenInput row : childSeen == null ? List.<SeenInput>of() : childSeen) {
                rows.add(row == null ? new SeenInput(DateInput.empty(), null) : row);
            }
            if (rows.isEmpty() || !SeenInput.blank(rows.getLast())) {
                rows.add(new SeenInput(DateInput.empty(), null));
            }
            return new EditForm(worker, rows, childsWords, factors, analysis, outcome, internalReviewDate, version);
        }
    }

    /** A day the child was seen as typed: the date and "yes" or "no" for seen alone. */
    record SeenInput(DateInput on, String alone) {

        static boolean blank(SeenInput row) {
            return row == null || (row.on() == null || row.on().isBlank()) && (row.alone() == null || row.alone().isBlank());
        }
    }

    record ReturnForm(String returnReason, Integer version) {
    }

    record AuthoriseForm(DateInput authorisationDate, String rationale, String delayReason, Integer version) {
    }

    /** @param submittedOn when it was submitted; blank for today */
    record SubmitForm(DateInput submittedOn, Integer version) {
    }
}
