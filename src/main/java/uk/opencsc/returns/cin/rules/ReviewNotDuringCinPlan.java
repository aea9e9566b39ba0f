package uk.opencsc.returns.cin.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/**
 * 4003: a child protection review is held while the child is on a protection plan, which does not run beside a
 * child in need plan; so a review date within an open child in need plan of the episode is an error, except the
 * review that ended the protection plan (the child in need plan may begin that day).
 */
final class ReviewNotDuringCinPlan implements ChildRule {

    @Override
    public String code() {
        return "4003";
    }

    @Override
    public String message() {
        return "A CPP review date is shown as being held at the same time as an open CIN Plan.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.protectionPlans(child, (episode, plan, at) -> {
            for (int r = 0; r < plan.reviewDates().size(); r++) {
                LocalDate review = plan.reviewDates().get(r);
                if (review != null && !review.equals(plan.endDate()) && duringCinPlan(episode, review, period)) {
                    breaches.add(at.then("Reviews").then("CPPreviewDate", r));
                }
            }
        });
        return breaches;
    }

    private static boolean duringCinPlan(CinDetails episode, LocalDate day, CensusPeriod period) {
        return episode.cinPlans().stream()
                .anyMatch(cinPlan -> Activities.openOn(day, cinPlan.startDate(), cinPlan.endDate(), period));
    }
}
