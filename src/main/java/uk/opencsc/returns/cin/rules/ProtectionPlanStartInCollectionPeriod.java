package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8720: every child protection plan reported needs a start date, and it cannot be after the reference date (the
 * plan would belong to a later census).
 */
final class ProtectionPlanStartInCollectionPeriod implements ChildRule {

    @Override
    public String code() {
        return "8720";
    }

    @Override
    public String message() {
        return "Child Protection Plan Start Date missing or out of data collection period";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.protectionPlans(child, (episode, plan, at) -> {
            if (plan.startDate() == null || plan.startDate().isAfter(period.referenceDate())) {
                breaches.add(at.then("CPPstartDate"));
            }
        });
        return breaches;
    }
}
