package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/** 8832: a referral with no further action cannot have led to a child protection plan; each plan is named. */
final class NoProtectionPlanOnNfaReferral implements ChildRule {

    @Override
    public String code() {
        return "8832";
    }

    @Override
    public String message() {
        return "Child Protection details provided for a referral with no further action.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            if (Boolean.TRUE.equals(episode.referralNfa())) {
                for (int p = 0; p < episode.protectionPlans().size(); p++) {
                    breaches.add(ElementPath.cinDetails(e).then("ChildProtectionPlans", p));
                }
            }
        }
        return breaches;
    }
}
