package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8842Q: a review is reported by its date, so a review entry without one (or with one that could not be read)
 * says nothing.
 */
final class ReviewHasDate implements ChildRule {

    @Override
    public String code() {
        return "8842Q";
    }

    @Override
    public String message() {
        return "Please check and either amend or provide a reason: Review Record has a missing date";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.protectionPlans(child, (episode, plan, at) -> {
            for (int r = 0; r < plan.reviewDates().size(); r++) {
                if (plan.reviewDates().get(r) == null) {
                    breaches.add(at.then("Reviews").then("CPPreviewDate", r));
                }
            }
        });
        return breaches;
    }
}
