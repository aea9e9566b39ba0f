package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 4000: a referral marked as needing no further action led to no services, so its episode cannot hold a child in
 * need plan.
 */
final class NoCinPlanAfterNoFurtherAction implements ChildRule {

    @Override
    public String code() {
        return "4000";
    }

    @Override
    public String message() {
        return "CIN Plan details provided for a referral with no further action";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.episodes(child, (episode, at) -> {
            if (Boolean.TRUE.equals(episode.referralNfa()) && !episode.cinPlans().isEmpty()) {
                breaches.add(at.then("ReferralNFA"));
            }
        });
        return breaches;
    }
}
