package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/** 8810: a reason for closure on an episode with no closure date leaves it unclear whether the episode is open. */
final class ReasonHasClosureDate implements ChildRule {

    @Override
    public String code() {
        return "8810";
    }

    @Override
    public String message() {
        return "A CIN case cannot have a Reason for Closure without a CIN Closure Date";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            boolean reasonGiven = episode.reasonForClosure() != null && !episode.reasonForClosure().isBlank();
            if (reasonGiven && episode.closureDate() == null) {
                breaches.add(ElementPath.cinDetails(e).then("CINclosureDate"));
            }
        }
        return breaches;
    }
}
