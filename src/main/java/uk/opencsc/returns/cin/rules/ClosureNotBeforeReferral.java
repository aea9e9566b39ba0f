package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/**
 * 8630: an episode cannot close before the referral that opened it; the same day is allowed (a referral closed at
 * once).
 */
final class ClosureNotBeforeReferral implements ChildRule {

    @Override
    public String code() {
        return "8630";
    }

    @Override
    public String message() {
        return "CIN Closure Date is before CIN Referral Date for the same CIN episode";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            if (episode.closureDate() != null && episode.referralDate() != null
                    && episode.closureDate().isBefore(episode.referralDate())) {
                breaches.add(ElementPath.cinDetails(e).then("CINclosureDate"));
            }
        }
        return breaches;
    }
}
