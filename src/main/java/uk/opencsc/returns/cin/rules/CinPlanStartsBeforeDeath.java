package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 4008: no plan can start for a child who has died.
 */
final class CinPlanStartsBeforeDeath implements ChildRule {

    @Override
    public String code() {
        return "4008";
    }

    @Override
    public String message() {
        return "CIN Plan shown as starting after the child’s Date of Death.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.cinPlans(child, (episode, plan, at) -> {
            if (Activities.after(plan.startDate(), child.deathDate())) {
                breaches.add(at.then("CINPlanStartDate"));
            }
        });
        return breaches;
    }
}
