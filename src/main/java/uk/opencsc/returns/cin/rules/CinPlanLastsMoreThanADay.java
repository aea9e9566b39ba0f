package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 4012Q: a plan that starts and ends on the same day is usually a recording slip rather than a plan.
 */
final class CinPlanLastsMoreThanADay implements ChildRule {

    @Override
    public String code() {
        return "4012Q";
    }

    @Override
    public String message() {
        return "Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.cinPlans(child, (episode, plan, at) -> {
            if (plan.endDate() != null && plan.endDate().equals(plan.startDate())) {
                breaches.add(at.then("CINPlanEndDate"));
            }
        });
        return breaches;
    }
}
