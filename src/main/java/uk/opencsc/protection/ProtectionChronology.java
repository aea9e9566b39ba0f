package uk.opencsc.protection;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.opencsc.chronology.ChronologyKind;
import uk.opencsc.chronology.SignificantEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Child protection's entries in each child's chronology, published inside the transaction that recorded
 * the fact (so the chronology gets them when it commits), with ids derived from the records so a retry
 * never adds a second line.
 */
@Component
class ProtectionChronology {

    private static final String MODULE = "protection";

    private final ApplicationEventPublisher events;

    ProtectionChronology(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(StrategyDiscussionHeld e) {
        String agencies = e.agencies().stream().map(Agency::label).sorted().collect(Collectors.joining(", "));
        publish("strategy-discussion", e.strategyDiscussionId(), e.personId(), instant(e.heldAt()),
                "Strategy discussion (" + agencies + "): " + e.decision().label());
    }

    @EventListener
    void on(Section47Started e) {
        publish("section-47", e.section47Id(), e.personId(), instant(e.startDate()),
                "Section 47 enquiry started; initial conference due by " + e.initialConferenceTarget());
    }

    @EventListener
    void on(InitialConferenceHeld e) {
        String late = e.workingDaysLate() > 0 ? " (" + e.workingDaysLate() + " working days after its target)" : "";
        publish("initial-conference", e.conferenceId(), e.personId(), instant(e.conferenceDate()),
                "Initial child protection conference: " + e.outcome().label() + late);
    }

    @EventListener
    void on(ChildProtectionPlanStarted e) {
        String previous = e.previousPlans() > 0 ? "; previous plans: " + e.previousPlans() : "";
        publish("plan-started", e.planId(), e.personId(), instant(e.startDate()),
                "Child protection plan started under " + e.category().label() + previous);
    }

    @EventListener
    void on(ChildProtectionPlanEnded e) {
        publish("plan-ended", e.planId(), e.personId(), instant(e.endDate()), "Child protection plan ended: " + e.reason());
    }

    @EventListener
    void on(ChildProtectionVisitRecorded e) {
        String seen = !e.seen() ? "child not seen" : e.seenAlone() ? "child seen alone" : "child seen, not alone";
        publish("visit", e.visitId(), e.personId(), instant(e.visitDate()), "Child protection visit: " + seen);
    }

    private void publish(String what, UUID recordId, UUID personId, Instant at, String summary) {
        UUID id = UUID.nameUUIDFromBytes((MODULE + ":" + what + ":" + recordId).getBytes(StandardCharsets.UTF_8));
        events.publishEvent(SignificantEvent.forRecord(id, 0, personId, at, ChronologyKind.CHILD_PROTECTION, summary,
                "/children/" + personId + "/protection", MODULE));
    }

    private static Instant instant(LocalDateTime at) {
        return at.atZone(ZoneId.systemDefault()).toInstant();
    }

    private static Instant instant(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }
}
