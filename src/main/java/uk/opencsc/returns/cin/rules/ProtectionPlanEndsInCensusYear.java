package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8930: an end date after the reference date has not happened yet, and one before the year belongs to an earlier
 * return.
 */
final class ProtectionPlanEndsInCensusYear implements ChildRule {

    @Override
    public String code() {
        return "8930";
    }

    @Override
    public String message() {
        return "Child Protection Plan End Date must fall within the census year";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.protectionPlans(child, (episode, plan, at) -> {
            if (Activities.outsideYear(plan.endDate(), period)) {
                breaches.add(at.then("CPPendDate"));
            }
        });
        return breaches;
    }
}
