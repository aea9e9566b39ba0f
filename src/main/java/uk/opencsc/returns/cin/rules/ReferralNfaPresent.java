package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/**
 * 8568: every episode says whether the referral ended with no further action, which decides which other rules and
 * counts apply to it.
 */
final class ReferralNfaPresent implements ChildRule {

    @Override
    public String code() {
        return "8568";
    }

    @Override
    public String message() {
        return "RNFA flag is missing or invalid";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            if (episode.referralNfa() == null) {
                breaches.add(ElementPath.cinDetails(e).then("ReferralNFA"));
            }
        }
        return breaches;
    }
}
