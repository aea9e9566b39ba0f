package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 4009Q: a child in need plan ends at the latest when the child dies.
 */
final class CinPlanEndsByDeath implements ChildRule {

    @Override
    public String code() {
        return "4009Q";
    }

    @Override
    public String message() {
        return "CIN Plan cannot end after the child’s Date of Death";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.cinPlans(child, (episode, plan, at) -> {
            if (Activities.after(plan.endDate(), child.deathDate())) {
                breaches.add(at.then("CINPlanEndDate"));
            }
        });
        return breaches;
    }
}
