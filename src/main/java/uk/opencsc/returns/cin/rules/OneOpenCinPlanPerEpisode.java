package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 4004: a child has one child in need plan at a time, so an episode cannot hold two plans without an end date.
 * Each open plan is named.
 */
final class OneOpenCinPlanPerEpisode implements ChildRule {

    @Override
    public String code() {
        return "4004";
    }

    @Override
    public String message() {
        return "This child is showing more than one open CIN Plan, i.e. with no End Date";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.episodes(child, (episode, at) -> {
            List<ElementPath> open = new ArrayList<>();
            for (int p = 0; p < episode.cinPlans().size(); p++) {
                if (episode.cinPlans().get(p).endDate() == null) {
                    open.add(at.then("CINPlanDates", p).then("CINPlanEndDate"));
                }
            }
            if (open.size() > 1) {
                breaches.addAll(open);
            }
        });
        return breaches;
    }
}
