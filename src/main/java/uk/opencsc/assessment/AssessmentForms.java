package uk.opencsc.assessment;

import uk.opencsc.platform.web.DateInput;

import java.util.List;

/** The assessment forms as typed; each carries the version of the assessment when it was opened, where it changes one. */
final class AssessmentForms {

    private AssessmentForms() {
    }

    record StartForm(DateInput startDate) {
    }

    record EditForm(String worker, DateInput childSeenOn, String seenAlone, String childsWords, List<String> factors,
                    String analysis, String outcome, Integer version) {

        EditForm withVersion(int newVersion) {
            return new EditForm(worker, childSeenOn, seenAlone, childsWords, factors, analysis, outcome, newVersion);
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
