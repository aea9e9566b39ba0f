package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/**
 * 8600: every episode starts with a referral, which must have happened by the reference date to count in this
 * census.
 */
final class ReferralDateInCensus implements ChildRule {

    @Override
    public String code() {
        return "8600";
    }

    @Override
    public String message() {
        return "Child referral date missing or after data collection period";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            if (episode.referralDate() == null || episode.referralDate().isAfter(period.referenceDate())) {
                breaches.add(ElementPath.cinDetails(e).then("CINreferralDate"));
            }
        }
        return breaches;
    }
}
