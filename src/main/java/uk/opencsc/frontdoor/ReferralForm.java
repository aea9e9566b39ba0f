package uk.opencsc.frontdoor;

import uk.opencsc.platform.web.DateInput;

/** A referral recorded directly (one that did not come through a recorded contact), as typed; primary need optional. */
record ReferralForm(DateInput referralDate, String source, String primaryNeed) {
}
