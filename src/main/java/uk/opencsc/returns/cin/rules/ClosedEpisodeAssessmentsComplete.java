package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8867: an episode is closed only when its work is done, so every assessment in a closed episode must be
 * authorised.
 */
final class ClosedEpisodeAssessmentsComplete implements ChildRule {

    @Override
    public String code() {
        return "8867";
    }

    @Override
    public String message() {
        return "CIN episode is shown as closed, however Assessment is not shown as completed";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.assessments(child, (episode, assessment, at) -> {
            if (episode.closureDate() != null && assessment.authorisationDate() == null) {
                breaches.add(at.then("AssessmentAuthorisationDate"));
            }
        });
        return breaches;
    }
}
