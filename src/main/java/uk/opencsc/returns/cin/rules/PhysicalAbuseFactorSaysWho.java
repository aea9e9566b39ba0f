package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8945Q: since 2025 physical abuse is recorded as by another child (18B) or by an adult (18C); the older 18A
 * says neither.
 */
final class PhysicalAbuseFactorSaysWho implements ChildRule {

    @Override
    public String code() {
        return "8945Q";
    }

    @Override
    public String message() {
        return "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.assessments(child, (episode, assessment, at) -> {
            for (int f = 0; f < assessment.factors().size(); f++) {
                if ("18A".equalsIgnoreCase(assessment.factors().get(f))) {
                    breaches.add(at.then("FactorsIdentifiedAtAssessment").then("AssessmentFactors", f));
                }
            }
        });
        return breaches;
    }
}
