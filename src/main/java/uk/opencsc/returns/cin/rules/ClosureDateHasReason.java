package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/** 8805: the DfE counts closed episodes by why they closed, so a closure date needs its reason. */
final class ClosureDateHasReason implements ChildRule {

    @Override
    public String code() {
        return "8805";
    }

    @Override
    public String message() {
        return "A CIN case cannot have a CIN closure date without a Reason for Closure";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            boolean noReason = episode.reasonForClosure() == null || episode.reasonForClosure().isBlank();
            if (episode.closureDate() != null && noReason) {
                breaches.add(ElementPath.cinDetails(e).then("ReasonForClosure"));
            }
        }
        return breaches;
    }
}
