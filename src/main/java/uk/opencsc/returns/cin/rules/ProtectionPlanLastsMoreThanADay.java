package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8840: a plan made by a conference cannot be ended by a review on the same day, so equal dates are a recording
 * error.
 */
final class ProtectionPlanLastsMoreThanADay implements ChildRule {

    @Override
    public String code() {
        return "8840";
    }

    @Override
    public String message() {
        return "Child Protection Plan cannot start and end on the same day";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.protectionPlans(child, (episode, plan, at) -> {
            if (plan.endDate() != null && plan.endDate().equals(plan.startDate())) {
                breaches.add(at.then("CPPendDate"));
            }
        });
        return breaches;
    }
}
