package uk.opencsc.protection;

import uk.opencsc.platform.validation.RefusedException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A child protection plan (CIN census ChildProtectionPlans): from its start date to its end date, both inclusive.
 *
 * @param conferenceId    the initial conference that made it; null when loaded without one
 * @param previousPlans   CIN census NumberOfPreviousCPP: the child's plans that started before this one
 * @param endDate         null while the plan is open
 * @param endReason       why the plan ended; set exactly when {@code endDate} is
 */
public record ChildProtectionPlan(UUID id, UUID personId, UUID conferenceId, LocalDate startDate,
                                  AbuseCategory initialCategory, AbuseCategory latestCategory, int previousPlans,
                                  LocalDate endDate, String endReason, int version, Instant updatedAt, String updatedBy) {

    public boolean open() {
        return endDate == null;
    }

    /**
     * Ends the plan.
     *
     * @param today the day it is, so an end in the future is refused
     * @return the plan as ended
     * @throws RefusedException naming {@code endDate} (already ended, before the start, in the future) or
     *                          {@code endReason} (none given)
     */
    public ChildProtectionPlan end(String reason, LocalDate date, LocalDate today) {
        if (!open()) {
            throw new RefusedException("endDate", "The plan has already ended, on " + endDate);
        }
        if (date.isBefore(startDate)) {
            throw new RefusedException("endDate", "End date must be on or after the plan started, " + startDate);
        }
        if (date.isAfter(today)) {
            throw new RefusedException("endDate", "End date must be today or in the past");
        }
        if (reason == null || reason.isBlank()) {
            throw new RefusedException("endReason", "Enter why the plan ended");
        }
        return new ChildProtectionPlan(id, personId, conferenceId, startDate, initialCategory, latestCategory,
                previousPlans, date, reason.trim(), version, updatedAt, updatedBy);
    }

    /** The event of this plan having ended; only for an ended plan. */
    public ChildProtectionPlanEnded ended() {
        if (open()) {
            throw new IllegalStateException("The plan has not ended");
        }
        return new ChildProtectionPlanEnded(id, personId, startDate, endDate, endReason);
    }

    /** Whether {@code date} falls within the plan: on or after its start, and on or before its end if it ended. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }
}
