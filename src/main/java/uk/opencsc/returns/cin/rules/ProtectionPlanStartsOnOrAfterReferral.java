package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 1105: a child protection plan is made within the episode the referral opened, so it cannot start before the
 * referral.
 */
final class ProtectionPlanStartsOnOrAfterReferral implements ChildRule {

    @Override
    public String code() {
        return "1105";
    }

    @Override
    public String message() {
        return "The child protection plan start date cannot be before the referral date";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.protectionPlans(child, (episode, plan, at) -> {
            if (Activities.before(plan.startDate(), episode.referralDate())) {
                breaches.add(at.then("CPPstartDate"));
            }
        });
        return breaches;
    }
}
