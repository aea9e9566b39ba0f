package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 4001: a child protection plan replaces a child in need plan, so an episode with an open protection plan cannot
 * also have an open child in need plan.
 */
final class CinPlanNotOpenBesideProtectionPlan implements ChildRule {

    @Override
    public String code() {
        return "4001";
    }

    @Override
    public String message() {
        return "A CIN Plan cannot run concurrently with a Child Protection Plan";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.cinPlans(child, (episode, plan, at) -> {
            if (plan.endDate() == null && episode.protectionPlans().stream().anyMatch(cpp -> cpp.endDate() == null)) {
                breaches.add(at.then("CINPlanEndDate"));
            }
        });
        return breaches;
    }
}
