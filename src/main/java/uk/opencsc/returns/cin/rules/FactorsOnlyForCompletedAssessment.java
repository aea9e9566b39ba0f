package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8614: factors are what a completed assessment found, so an assessment without an authorisation date cannot
 * have them.
 */
final class FactorsOnlyForCompletedAssessment implements ChildRule {

    @Override
    public String code() {
        return "8614";
    }

    @Override
    public String message() {
        return "Parental or child factors at assessment should only be present for a completed assessment.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.assessments(child, (episode, assessment, at) -> {
            if (assessment.authorisationDate() == null && !assessment.factors().isEmpty()) {
                breaches.add(at.then("FactorsIdentifiedAtAssessment"));
            }
        });
        return breaches;
    }
}
