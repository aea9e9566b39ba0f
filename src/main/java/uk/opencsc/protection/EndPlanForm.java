package uk.opencsc.protection;

import uk.opencsc.platform.web.DateInput;

/**
 * Ending a child protection plan, as typed.
 *
 * @param version the plan's version when the form was opened
 */
record EndPlanForm(DateInput endDate, String endReason, Integer version) {

    EndPlanForm withVersion(int newVersion) {
        return new EndPlanForm(endDate, endReason, newVersion);
    }
}
