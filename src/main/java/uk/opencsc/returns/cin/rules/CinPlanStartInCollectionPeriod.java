package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 4010: every child in need plan reported needs a start date, and it cannot be after the reference date (the
 * plan would belong to a later census).
 */
final class CinPlanStartInCollectionPeriod implements ChildRule {

    @Override
    public String code() {
        return "4010";
    }

    @Override
    public String message() {
        return "CIN Plan start date is missing or out of data collection period";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.cinPlans(child, (episode, plan, at) -> {
            if (plan.startDate() == null || plan.startDate().isAfter(period.referenceDate())) {
                breaches.add(at.then("CINPlanStartDate"));
            }
        });
        return breaches;
    }
}
