package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8910: the category of abuse a plan is under at its latest review must be given, and be one of the census
 * codes.
 */
final class LatestCategoryOfAbuseValid implements ChildRule {

    @Override
    public String code() {
        return "8910";
    }

    @Override
    public String message() {
        return "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.protectionPlans(child, (episode, plan, at) -> {
            if (!CensusCodes.isAbuseCategory(plan.latestCategoryOfAbuse())) {
                breaches.add(at.then("LatestCategoryOfAbuse"));
            }
        });
        return breaches;
    }
}
