package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 4015: a child in need plan is made within the episode the referral opened, so it cannot start before the
 * referral.
 */
final class CinPlanStartsOnOrAfterReferral implements ChildRule {

    @Override
    public String code() {
        return "4015";
    }

    @Override
    public String message() {
        return "The CIN Plan start date cannot be before the referral date";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.cinPlans(child, (episode, plan, at) -> {
            if (Activities.before(plan.startDate(), episode.referralDate())) {
                breaches.add(at.then("CINPlanStartDate"));
            }
        });
        return breaches;
    }
}
