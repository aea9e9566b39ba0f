package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 4013: an end date after the reference date has not happened yet, and one before the year belongs to an earlier
 * return.
 */
final class CinPlanEndsInCensusYear implements ChildRule {

    @Override
    public String code() {
        return "4013";
    }

    @Override
    public String message() {
        return "CIN Plan end date must fall within the census year";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.cinPlans(child, (episode, plan, at) -> {
            if (Activities.outsideYear(plan.endDate(), period)) {
                breaches.add(at.then("CINPlanEndDate"));
            }
        });
        return breaches;
    }
}
