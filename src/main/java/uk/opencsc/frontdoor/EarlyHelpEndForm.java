package uk.opencsc.frontdoor;

import uk.opencsc.platform.web.DateInput;

/** Ending an early help episode, as typed; {@code version} is the episode's when the form was opened. */
record EarlyHelpEndForm(DateInput endDate, String endReason, Integer version) {

    EarlyHelpEndForm withVersion(int newVersion) {
        return new EarlyHelpEndForm(endDate, endReason, newVersion);
    }
}
