package uk.opencsc.care;

import java.time.LocalDate;
import java.util.UUID;

/** The care planning facts the chronology records: permanence plans agreed and ended, escalations raised and resolved. */
final class CarePlanningEvents {

    private CarePlanningEvents() {
    }

    /** @param replaced the primary plan this one replaced, or null */
    record PermanencePlanAgreed(UUID planId, UUID personId, LocalDate agreedOn, PermanencePlanKind kind, boolean primary,
                                PermanencePlanKind replaced) {
    }

    record PermanencePlanEnded(UUID planId, UUID personId, LocalDate endedOn, PermanencePlanKind kind, boolean primary,
                               PlanEndReason reason) {
    }

    record EscalationRaised(UUID escalationId, UUID personId, LocalDate raisedOn, EscalationStage stage) {
    }

    record EscalationResolved(UUID escalationId, UUID personId, LocalDate resolvedOn, EscalationStage stage) {
    }
}
