package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8898: each factor is counted once per assessment, so a code listed twice would be double counted.
 */
final class FactorsNotRepeated implements ChildRule {

    @Override
    public String code() {
        return "8898";
    }

    @Override
    public String message() {
        return "The assessment has more than one parental or child factors with the same code";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.assessments(child, (episode, assessment, at) -> {
            if (new HashSet<>(assessment.factors()).size() < assessment.factors().size()) {
                breaches.add(at.then("FactorsIdentifiedAtAssessment"));
            }
        });
        return breaches;
    }
}
