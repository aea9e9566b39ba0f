package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8897Q: the factors identified are what the DfE learns from an assessment, so one completed in the census year
 * should list at least one, each a census code (21 when none were found).
 */
final class CompletedAssessmentHasFactors implements ChildRule {

    @Override
    public String code() {
        return "8897Q";
    }

    @Override
    public String message() {
        return "Parental or child factors at assessment information is missing from a completed assessment";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.assessments(child, (episode, assessment, at) -> {
            boolean completedThisYear = assessment.authorisationDate() != null
                    && !assessment.authorisationDate().isBefore(period.start());
            if (completedThisYear && (assessment.factors().isEmpty()
                    || !assessment.factors().stream().allMatch(CensusCodes::isAssessmentFactor))) {
                breaches.add(at.then("FactorsIdentifiedAtAssessment"));
            }
        });
        return breaches;
    }
}
