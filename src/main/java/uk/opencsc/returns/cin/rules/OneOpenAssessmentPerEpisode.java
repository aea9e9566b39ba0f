package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8896: an episode has one assessment under way at a time, so it cannot hold two without an authorisation date.
 * Each open assessment is named.
 */
final class OneOpenAssessmentPerEpisode implements ChildRule {

    @Override
    public String code() {
        return "8896";
    }

    @Override
    public String message() {
        return "Within one CINDetails group there are 2 or more open Assessments groups";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.episodes(child, (episode, at) -> {
            List<ElementPath> open = new ArrayList<>();
            for (int a = 0; a < episode.assessments().size(); a++) {
                if (episode.assessments().get(a).authorisationDate() == null) {
                    open.add(at.then("Assessments", a).then("AssessmentAuthorisationDate"));
                }
            }
            if (open.size() > 1) {
                breaches.addAll(open);
            }
        });
        return breaches;
    }
}
