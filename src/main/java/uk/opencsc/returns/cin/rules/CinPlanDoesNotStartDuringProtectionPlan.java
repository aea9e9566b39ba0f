package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails.ProtectionPlan;

/**
 * 4016: a child in need plan does not run beside a child protection plan, so it cannot start while one of the
 * child's protection plans is open; it may start on the day a protection plan ends, the usual step down.
 */
final class CinPlanDoesNotStartDuringProtectionPlan implements ChildRule {

    @Override
    public String code() {
        return "4016";
    }

    @Override
    public String message() {
        return "A CIN Plan has been reported as open at the same time as a Child Protection Plan.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ProtectionPlan> protectionPlans = new ArrayList<>();
        Activities.protectionPlans(child, (episode, plan, at) -> protectionPlans.add(plan));
        List<ElementPath> breaches = new ArrayList<>();
        Activities.cinPlans(child, (episode, plan, at) -> {
            if (protectionPlans.stream().anyMatch(
                    cpp -> Activities.openOn(plan.startDate(), cpp.startDate(), cpp.endDate(), period))) {
                breaches.add(at.then("CINPlanStartDate"));
            }
        });
        return breaches;
    }
}
