package uk.opencsc.care;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.opencsc.care.CarePlanningEvents.EscalationRaised;
import uk.opencsc.care.CarePlanningEvents.EscalationResolved;
import uk.opencsc.care.CarePlanningEvents.PermanencePlanAgreed;
import uk.opencsc.care.CarePlanningEvents.PermanencePlanEnded;
import uk.opencsc.chronology.ChronologyKind;
import uk.opencsc.chronology.SignificantEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Care planning's entries in each child's chronology: a permanence plan agreed or changed, a plan achieved or no
 * longer pursued, an IRO escalation raised and resolved. Ids derive from the records, so a retry adds no second line;
 * {@link CarePlanningBulkLoad} makes the same entries with {@code entry}.
 */
@Component
class CarePlanningChronology {

    private static final String MODULE = "care";

    private final ApplicationEventPublisher events;

    CarePlanningChronology(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(PermanencePlanAgreed e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(PermanencePlanEnded e) {
        // a plan replaced is told by the line of the plan that replaced it
        if (e.reason() != PlanEndReason.REPLACED) {
            events.publishEvent(entry(e));
        }
    }

    @EventListener
    void on(EscalationRaised e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(EscalationResolved e) {
        events.publishEvent(entry(e));
    }

    static SignificantEvent entry(PermanencePlanAgreed e) {
        String what = e.replaced() != null
                ? "Permanence plan changed to " + e.kind().label() + " (was " + e.replaced().label() + ")"
                : e.primary() ? "Permanence plan agreed: " + e.kind().label()
                : "Parallel permanence plan agreed: " + e.kind().label();
        return entry("permanence-agreed", e.planId(), e.personId(), e.agreedOn(), what);
    }

    static SignificantEvent entry(PermanencePlanEnded e) {
        return entry("permanence-ended", e.planId(), e.personId(), e.endedOn(),
                (e.primary() ? "Permanence plan " : "Parallel permanence plan ") + e.kind().label() + ": " + e.reason().label().toLowerCase());
    }

    static SignificantEvent entry(EscalationRaised e) {
        return entry("escalation-raised", e.escalationId(), e.personId(), e.raisedOn(), "IRO escalation raised: " + e.stage().label());
    }

    static SignificantEvent entry(EscalationResolved e) {
        return entry("escalation-resolved", e.escalationId(), e.personId(), e.resolvedOn(), "IRO escalation resolved at " + e.stage().label());
    }

    private static SignificantEvent entry(String what, UUID recordId, UUID personId, LocalDate day, String summary) {
        UUID id = UUID.nameUUIDFromBytes((MODULE + ":" + what + ":" + recordId).getBytes(StandardCharsets.UTF_8));
        Instant at = SignificantEvent.startOf(day);
        return SignificantEvent.forRecord(id, 0, personId, at, ChronologyKind.LOOKED_AFTER, summary,
                "/children/" + personId + "/care/planning", MODULE);
    }
}
