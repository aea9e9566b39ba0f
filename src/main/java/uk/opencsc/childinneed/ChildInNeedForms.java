package uk.opencsc.childinneed;

import uk.opencsc.platform.web.DateInput;

/** The child in need forms as typed: what the pages bind to, never the stored rows. */
final class ChildInNeedForms {

    private ChildInNeedForms() {
    }

    record StartPlanForm(DateInput startDate, String leadWorker, String needsAndOutcomes, String withoutAssessmentReason) {
    }

    /** @param version the plan's version when the form was opened */
    record PlanForm(String leadWorker, String needsAndOutcomes, Integer version) {

        PlanForm withVersion(int newVersion) {
            return new PlanForm(leadWorker, needsAndOutcomes, newVersion);
        }
    }

    /**
     * @param endReason only when the review ends the plan
     * @param version   the plan's version when the form was opened
     */
    record ReviewForm(DateInput reviewDate, String decision, String notes, String endReason, Integer version) {

        ReviewForm withVersion(int newVersion) {
            return new ReviewForm(reviewDate, decision, notes, endReason, newVersion);
        }
    }

    /** The yes/no answers are "yes" or "no"; the bedroom also "NOT_RELEVANT". */
    record VisitForm(DateInput visitDate, String visitTime, String seen, String seenAlone, String bedroomSeen,
                     String childsViews, String observations, String worker) {
    }

    /** @param version the plan's version when the form was opened */
    record EndPlanForm(DateInput endDate, String endReason, Integer version) {

        EndPlanForm withVersion(int newVersion) {
            return new EndPlanForm(endDate, endReason, newVersion);
        }
    }
}
