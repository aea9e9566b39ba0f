package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8935: a child is on one child protection plan at a time, so across all the child's episodes only one plan may
 * be without an end date. Each open plan is named.
 */
final class OneOpenProtectionPlan implements ChildRule {

    @Override
    public String code() {
        return "8935";
    }

    @Override
    public String message() {
        return "This child is showing more than one open Child Protection plan, i.e. with no End Date";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> open = new ArrayList<>();
        Activities.protectionPlans(child, (episode, plan, at) -> {
            if (plan.endDate() == null) {
                open.add(at.then("CPPendDate"));
            }
        });
        return open.size() > 1 ? open : List.of();
    }
}
