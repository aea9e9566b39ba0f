package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8730: the number of previous child protection plans is how the DfE counts repeat plans, so every plan must
 * give it (zero or more).
 */
final class PreviousPlansCounted implements ChildRule {

    @Override
    public String code() {
        return "8730";
    }

    @Override
    public String message() {
        return "Total Number of previous Child Protection Plans missing";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.protectionPlans(child, (episode, plan, at) -> {
            if (plan.numberOfPreviousPlans() == null || plan.numberOfPreviousPlans() < 0) {
                breaches.add(at.then("NumberOfPreviousCPP"));
            }
        });
        return breaches;
    }
}
