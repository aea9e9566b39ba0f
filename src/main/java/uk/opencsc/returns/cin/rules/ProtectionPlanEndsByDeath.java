package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8920: a child protection plan ends at the latest when the child dies.
 */
final class ProtectionPlanEndsByDeath implements ChildRule {

    @Override
    public String code() {
        return "8920";
    }

    @Override
    public String message() {
        return "Child Protection Plan cannot end after the child’s Date of Death";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.protectionPlans(child, (episode, plan, at) -> {
            if (Activities.after(plan.endDate(), child.deathDate())) {
                breaches.add(at.then("CPPendDate"));
            }
        });
        return breaches;
    }
}
