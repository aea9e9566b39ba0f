package uk.opencsc.returns.cin.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8841: a child protection plan is first reviewed after the conference that made it, so a review on or before
 * the plan's start date is a recording error.
 */
final class ReviewAfterPlanStart implements ChildRule {

    @Override
    public String code() {
        return "8841";
    }

    @Override
    public String message() {
        return "The review date cannot be on the same day or before the Child protection Plan start date.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.protectionPlans(child, (episode, plan, at) -> {
            for (int r = 0; r < plan.reviewDates().size(); r++) {
                LocalDate review = plan.reviewDates().get(r);
                if (review != null && plan.startDate() != null && !review.isAfter(plan.startDate())) {
                    breaches.add(at.then("Reviews").then("CPPreviewDate", r));
                }
            }
        });
        return breaches;
    }
}
