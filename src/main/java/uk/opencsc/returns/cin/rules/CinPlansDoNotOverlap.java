package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 4014: a child has one child in need plan at a time, so no plan may start on or between the start and end (or,
 * while open, the reference date) of another of the child's plans, in any episode. The later-starting plan is
 * named; two plans starting the same day are both named.
 */
final class CinPlansDoNotOverlap implements ChildRule {

    @Override
    public String code() {
        return "4014";
    }

    @Override
    public String message() {
        return "CIN Plan data contains overlapping dates";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<Activities.Span> plans = new ArrayList<>();
        Activities.cinPlans(child, (episode, plan, at) -> plans.add(new Activities.Span(at, plan.startDate(), plan.endDate())));
        return Activities.startsWithinAnother(plans, "CINPlanStartDate", period);
    }
}
