package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8839: an episode has one section 47 enquiry under way at a time, so it cannot hold two still awaiting their
 * conference (no conference date, and a conference not declared unnecessary). Each open enquiry is named.
 */
final class OneOpenSection47PerEpisode implements ChildRule {

    @Override
    public String code() {
        return "8839";
    }

    @Override
    public String message() {
        return "Within one CINDetails group there are 2 or more open S47 Assessments";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.episodes(child, (episode, at) -> {
            List<ElementPath> open = new ArrayList<>();
            for (int s = 0; s < episode.section47s().size(); s++) {
                if (Activities.awaitingConference(episode.section47s().get(s))) {
                    open.add(at.then("Section47", s).then("DateOfInitialCPC"));
                }
            }
            if (open.size() > 1) {
                breaches.addAll(open);
            }
        });
        return breaches;
    }
}
