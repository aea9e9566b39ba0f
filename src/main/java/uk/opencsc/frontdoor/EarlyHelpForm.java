package uk.opencsc.frontdoor;

import uk.opencsc.platform.web.DateInput;

/**
 * Opening an early help episode, as typed.
 *
 * @param steppedDownFrom the closed referral's id when this is a step down; blank otherwise
 */
record EarlyHelpForm(DateInput startDate, String leadOrganisation, String workerName, String reason, String steppedDownFrom) {
}
