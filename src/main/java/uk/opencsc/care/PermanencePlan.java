package uk.opencsc.care;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A plan for permanence agreed for a looked after child, within one period of care: the primary plan, or a parallel
 * (twin-track) or contingency plan beside it. In force from the day agreed to the day ended, both inclusive.
 *
 * @param endedOn   null while the plan is current
 * @param endReason set exactly when {@code endedOn} is
 */
public record PermanencePlan(UUID id, UUID personId, UUID periodId, PermanencePlanKind kind, boolean primary, LocalDate agreedOn,
                             LocalDate endedOn, PlanEndReason endReason) {

    public boolean current() {
        return endedOn == null;
    }

    PermanencePlan endedOn(LocalDate date, PlanEndReason reason) {
        return new PermanencePlan(id, personId, periodId, kind, primary, agreedOn, date, reason);
    }
}
