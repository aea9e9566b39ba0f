package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/**
 * 8815: a child is in one CIN episode at a time, so at most one episode that went on to further action may be
 * open (no closure date); open referrals with no further action are not counted. Each open one is named when
 * there are two or more.
 */
final class OneOpenEpisode implements ChildRule {

    @Override
    public String code() {
        return "8815";
    }

    @Override
    public String message() {
        return "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this "
                + "child and case is not a referral with no further action.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> open = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            if (isOpenWithFurtherAction(child.cinDetails().get(e))) {
                open.add(ElementPath.cinDetails(e).then("CINclosureDate"));
            }
        }
        return open.size() > 1 ? open : List.of();
    }

    static boolean isOpenWithFurtherAction(CinDetails episode) {
        return episode.closureDate() == null && Boolean.FALSE.equals(episode.referralNfa());
    }
}
