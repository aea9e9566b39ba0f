package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8868: an episode is closed only when its work is done, so every section 47 enquiry in a closed episode must
 * have had its conference or be marked as not needing one.
 */
final class ClosedEpisodeSection47sComplete implements ChildRule {

    @Override
    public String code() {
        return "8868";
    }

    @Override
    public String message() {
        return "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.section47s(child, (episode, enquiry, at) -> {
            if (episode.closureDate() != null && Activities.awaitingConference(enquiry)) {
                breaches.add(at.then("DateOfInitialCPC"));
            }
        });
        return breaches;
    }
}
