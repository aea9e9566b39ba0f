package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/**
 * 8620: an episode that closed before the census year would not be returned, and one cannot close after the
 * reference date, so a closure date outside 1 April to 31 March (both included) is wrong.
 */
final class ClosureDateInCensusYear implements ChildRule {

    @Override
    public String code() {
        return "8620";
    }

    @Override
    public String message() {
        return "CIN Closure Date present and does not fall within the Census year";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            if (episode.closureDate() != null && !period.contains(episode.closureDate())) {
                breaches.add(ElementPath.cinDetails(e).then("CINclosureDate"));
            }
        }
        return breaches;
    }
}
