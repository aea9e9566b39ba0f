package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails.CinPlanDates;

/**
 * 4017: a child protection plan replaces a child in need plan, so it cannot start while one of the child's child
 * in need plans is still open; it may start on the day that plan ends.
 */
final class ProtectionPlanDoesNotStartDuringCinPlan implements ChildRule {

    @Override
    public String code() {
        return "4017";
    }

    @Override
    public String message() {
        return "A CIN Plan has been reported as open at the same time as a Child Protection Plan.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<CinPlanDates> cinPlans = new ArrayList<>();
        Activities.cinPlans(child, (episode, plan, at) -> cinPlans.add(plan));
        List<ElementPath> breaches = new ArrayList<>();
        Activities.protectionPlans(child, (episode, plan, at) -> {
            if (cinPlans.stream().anyMatch(
                    cinPlan -> Activities.openOn(plan.startDate(), cinPlan.startDate(), cinPlan.endDate(), period))) {
                breaches.add(at.then("CPPstartDate"));
            }
        });
        return breaches;
    }
}
