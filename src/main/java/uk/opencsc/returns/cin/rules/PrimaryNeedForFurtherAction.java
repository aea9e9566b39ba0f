package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/**
 * 8610: a referral that went on to further action was assessed, so the child's primary need is known and the DfE's
 * counts by need depend on it.
 */
final class PrimaryNeedForFurtherAction implements ChildRule {

    @Override
    public String code() {
        return "8610";
    }

    @Override
    public String message() {
        return "Primary Need code is missing for a referral which led to further action.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            boolean noNeed = episode.primaryNeed() == null || episode.primaryNeed().isBlank();
            if (Boolean.FALSE.equals(episode.referralNfa()) && noNeed) {
                breaches.add(ElementPath.cinDetails(e).then("PrimaryNeedCode"));
            }
        }
        return breaches;
    }
}
