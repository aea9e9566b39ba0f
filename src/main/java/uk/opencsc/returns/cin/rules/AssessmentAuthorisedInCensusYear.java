package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8696: the census reports assessments completed in its year; an authorisation date outside it belongs to
 * another return.
 */
final class AssessmentAuthorisedInCensusYear implements ChildRule {

    @Override
    public String code() {
        return "8696";
    }

    @Override
    public String message() {
        return "Assessment end date must fall within the census year";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.assessments(child, (episode, assessment, at) -> {
            if (Activities.outsideYear(assessment.authorisationDate(), period)) {
                breaches.add(at.then("AssessmentAuthorisationDate"));
            }
        });
        return breaches;
    }
}
