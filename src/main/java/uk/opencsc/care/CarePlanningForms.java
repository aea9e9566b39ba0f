package uk.opencsc.care;

import uk.opencsc.platform.web.DateInput;

import java.util.List;

/** The care planning forms as typed: what the pages bind to, never the stored rows. Yes/no answers are "yes" or "no". */
final class CarePlanningForms {

    private CarePlanningForms() {
    }

    /** @param replacesPrimary asked only when the child has a current primary plan */
    record PermanenceForm(String kind, String primary, String replacesPrimary, DateInput agreedOn) {
    }

    record PlanEndForm(DateInput endedOn, String reason) {
    }

    record IroContactForm(DateInput contactDate, String method, String seenAlone, String childsViews) {
    }

    /**
     * @param raisedOn set on a new escalation only; an update keeps the day it was raised
     * @param version  the escalation's version when the form was opened (updates only)
     */
    record EscalationForm(DateInput raisedOn, List<String> concerns, String issue, String stage, String outcome, DateInput resolvedOn,
                          Integer version) {

        EscalationForm withVersion(int newVersion) {
            return new EscalationForm(raisedOn, concerns, issue, stage, outcome, resolvedOn, newVersion);
        }
    }

    record FamilyTimeForm(String withWhom, String relationship, String frequency, String supervised, String supervisedBy,
                          DateInput startDate, DateInput endDate) {
    }

    record SessionForm(DateInput sessionDate, String outcome, String note) {
    }
}
