package uk.opencsc.frontdoor;

import uk.opencsc.platform.web.DateInput;

/**
 * Closing a referral's CIN episode, as typed.
 *
 * @param noFurtherAction "yes" when the referral itself needed no further action (CIN census ReferralNFA)
 * @param primaryNeed     optional; sets the primary need if it was not recorded at referral
 * @param version         the referral's version when the form was opened
 */
record ClosureForm(DateInput closureDate, String reasonForClosure, String primaryNeed, String noFurtherAction, Integer version) {

    ClosureForm withVersion(int newVersion) {
        return new ClosureForm(closureDate, reasonForClosure, primaryNeed, noFurtherAction, newVersion);
    }
}
