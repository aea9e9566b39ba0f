package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/**
 * 8555Q: a child cannot be referred after they died, so one of the two dates is probably wrong. A referral on
 * the day of death is allowed.
 */
final class ReferralNotAfterDeath implements ChildRule {

    @Override
    public String code() {
        return "8555Q";
    }

    @Override
    public String message() {
        return "Child cannot be referred after its recorded date of death";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        if (child.deathDate() == null) {
            return List.of();
        }
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            if (episode.referralDate() != null && episode.referralDate().isAfter(child.deathDate())) {
                breaches.add(ElementPath.cinDetails(e).then("CINreferralDate"));
            }
        }
        return breaches;
    }
}
