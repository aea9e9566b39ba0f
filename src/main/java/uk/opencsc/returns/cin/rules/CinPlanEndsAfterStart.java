package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 4011: a plan cannot end before it started.
 */
final class CinPlanEndsAfterStart implements ChildRule {

    @Override
    public String code() {
        return "4011";
    }

    @Override
    public String message() {
        return "CIN Plan End Date earlier than Start Date";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.cinPlans(child, (episode, plan, at) -> {
            if (Activities.before(plan.endDate(), plan.startDate())) {
                breaches.add(at.then("CINPlanEndDate"));
            }
        });
        return breaches;
    }
}
