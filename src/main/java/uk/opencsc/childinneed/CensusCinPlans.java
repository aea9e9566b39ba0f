package uk.opencsc.childinneed;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Child in need plans known only from a CIN census (its CINPlanDates: a start and an end). What the record needs
 * besides is said plainly as not known; the plan is then loaded with {@link ChildInNeedBulkLoad} through the same
 * rules as the forms.
 */
public final class CensusCinPlans {

    static final String NOT_RECORDED = "Not recorded: loaded from a CIN census, which holds the plan's dates only.";

    private CensusCinPlans() {
    }

    /**
     * @param endDate         null while the plan is open
     * @param episodeClosedOn the day its CIN episode closed (null while open): a plan ending then ended with it
     */
    public static HistoricCinPlan of(UUID personId, LocalDate startDate, LocalDate endDate, LocalDate episodeClosedOn) {
        CinPlanEndReason reason = endDate == null ? null
                : endDate.equals(episodeClosedOn) ? CinPlanEndReason.EPISODE_CLOSED : CinPlanEndReason.OTHER;
        return new HistoricCinPlan(personId, startDate, NOT_RECORDED, NOT_RECORDED, null, List.of(), List.of(), endDate, reason);
    }
}
