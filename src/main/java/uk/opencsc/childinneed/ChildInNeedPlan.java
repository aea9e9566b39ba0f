package uk.opencsc.childinneed;

import uk.opencsc.platform.validation.RefusedException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A child in need plan (CIN census CINPlanDates) within a CIN episode: from its start date to its end date, both
 * inclusive. State changes are guarded here: {@link #revise} and {@link #end} refuse, naming the field.
 *
 * @param referralId              the CIN episode (front door referral) the plan belongs to
 * @param leadWorker              who leads the plan, as the worker is known on the record
 * @param needsAndOutcomes        what must change, who does what, by when
 * @param withoutAssessmentReason why the plan started without an authorised assessment recommending one; null
 *                                when one did
 * @param endDate                 null while the plan is open
 * @param endReason               set exactly when {@code endDate} is
 */
public record ChildInNeedPlan(UUID id, UUID personId, UUID referralId, LocalDate startDate, String leadWorker,
                              String needsAndOutcomes, String withoutAssessmentReason, LocalDate endDate,
                              CinPlanEndReason endReason, int version, Instant updatedAt, String updatedBy) {

    public boolean open() {
        return endDate == null;
    }

    /** Whether {@code date} falls within the plan: on or after its start, and on or before its end if it ended. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    /**
     * The plan with its lead worker and its needs and outcomes rewritten.
     *
     * @throws RefusedException naming {@code leadWorker} or {@code needsAndOutcomes} when blank, or
     *                          {@code needsAndOutcomes} when the plan has ended
     */
    public ChildInNeedPlan revise(String lead, String needs) {
        if (!open()) {
            throw new RefusedException("needsAndOutcomes", "The plan ended on " + endDate + ": an ended plan is not changed");
        }
        RefusedException.refuseIfAny(ChildInNeedRules.planText(lead, needs));
        return new ChildInNeedPlan(id, personId, referralId, startDate, lead.trim(), needs.trim(), withoutAssessmentReason,
                endDate, endReason, version, updatedAt, updatedBy);
    }

    /**
     * Ends the plan.
     *
     * @param today the day it is, so an end in the future is refused
     * @throws RefusedException naming {@code endDate} (already ended, before the start, in the future) or
     *                          {@code endReason} (none given)
     */
    public ChildInNeedPlan end(CinPlanEndReason reason, LocalDate date, LocalDate today) {
        if (!open()) {
            throw new RefusedException("endDate", "The plan has already ended, on " + endDate);
        }
        if (date.isBefore(startDate)) {
            throw new RefusedException("endDate", "End date must be on or after the plan started, " + startDate);
        }
        if (date.isAfter(today)) {
            throw new RefusedException("endDate", "End date must be today or in the past");
        }
        if (reason == null) {
            throw new RefusedException("endReason", "Select why the plan ended");
        }
        return new ChildInNeedPlan(id, personId, referralId, startDate, leadWorker, needsAndOutcomes, withoutAssessmentReason,
                date, reason, version, updatedAt, updatedBy);
    }

    /** The event of this plan having ended; only for an ended plan. */
    public ChildInNeedPlanEnded ended() {
        if (open()) {
            throw new IllegalStateException("The plan has not ended");
        }
        return new ChildInNeedPlanEnded(id, personId, startDate, endDate, endReason);
    }
}
