package uk.opencsc.protection;

import uk.opencsc.platform.web.DateInput;

/**
 * A section 47 enquiry's outcome as typed.
 *
 * @param version the enquiry's version when the form was opened
 */
record OutcomeForm(String outcome, DateInput outcomeDate, String icpcNotRequiredWhy, Integer version) {

    OutcomeForm withVersion(int newVersion) {
        return new OutcomeForm(outcome, outcomeDate, icpcNotRequiredWhy, newVersion);
    }
}
