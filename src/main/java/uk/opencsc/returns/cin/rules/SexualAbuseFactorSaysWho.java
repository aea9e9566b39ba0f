package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8950Q: since 2025 sexual abuse is recorded as by another child (19B) or by an adult (19C); the older 19A says
 * neither.
 */
final class SexualAbuseFactorSaysWho implements ChildRule {

    @Override
    public String code() {
        return "8950Q";
    }

    @Override
    public String message() {
        return "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.assessments(child, (episode, assessment, at) -> {
            for (int f = 0; f < assessment.factors().size(); f++) {
                if ("19A".equalsIgnoreCase(assessment.factors().get(f))) {
                    breaches.add(at.then("FactorsIdentifiedAtAssessment").then("AssessmentFactors", f));
                }
            }
        });
        return breaches;
    }
}
