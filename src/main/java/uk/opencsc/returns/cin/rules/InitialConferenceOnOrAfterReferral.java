package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 1104: an initial child protection conference follows the referral, so its date cannot be earlier; checked
 * wherever the date is recorded, on the episode or on its section 47 enquiry.
 */
final class InitialConferenceOnOrAfterReferral implements ChildRule {

    @Override
    public String code() {
        return "1104";
    }

    @Override
    public String message() {
        return "The date of the initial child protection conference cannot be before the referral date";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.initialConferenceDates(child, (episode, conference, at) -> {
            if (Activities.before(conference, episode.referralDate())) {
                breaches.add(at);
            }
        });
        return breaches;
    }
}
