package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8905: every child protection plan is made under a category of abuse, which must be one of the census codes.
 */
final class InitialCategoryOfAbuseValid implements ChildRule {

    @Override
    public String code() {
        return "8905";
    }

    @Override
    public String message() {
        return "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.protectionPlans(child, (episode, plan, at) -> {
            if (!CensusCodes.isAbuseCategory(plan.initialCategoryOfAbuse())) {
                breaches.add(at.then("InitialCategoryOfAbuse"));
            }
        });
        return breaches;
    }
}
