package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails.CensusAssessment;

/**
 * 8863Q: an episode normally has one assessment at a time, so an assessment should not start on or between the
 * start and authorisation (or, while open, the reference date) of another assessment in the same episode.
 */
final class AssessmentStartsWhileAnotherOngoing implements ChildRule {

    @Override
    public String code() {
        return "8863Q";
    }

    @Override
    public String message() {
        return "An Assessment is shown as starting when there is another Assessment ongoing.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.episodes(child, (episode, at) -> {
            List<CensusAssessment> assessments = episode.assessments();
            for (int i = 0; i < assessments.size(); i++) {
                for (int j = 0; j < assessments.size(); j++) {
                    CensusAssessment other = assessments.get(j);
                    if (i != j && Activities.coversDay(
                            assessments.get(i).startDate(), other.startDate(), other.authorisationDate(), period)) {
                        breaches.add(at.then("Assessments", i).then("AssessmentActualStartDate"));
                        break;
                    }
                }
            }
        });
        return breaches;
    }
}
