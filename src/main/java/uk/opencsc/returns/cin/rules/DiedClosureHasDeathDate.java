package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/**
 * 8585Q: an episode closed because the child died (RC2) should agree with the child's record, which then has a date
 * of death.
 */
final class DiedClosureHasDeathDate implements ChildRule {

    @Override
    public String code() {
        return "8585Q";
    }

    @Override
    public String message() {
        return "Please check and either amend or provide a reason: CIN episode shows Died as the Closure "
                + "Reason, however child has no recorded Date of Death";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            if ("RC2".equals(episode.reasonForClosure()) && child.deathDate() == null) {
                breaches.add(ElementPath.cinDetails(e).then("ReasonForClosure"));
            }
        }
        return breaches;
    }
}
