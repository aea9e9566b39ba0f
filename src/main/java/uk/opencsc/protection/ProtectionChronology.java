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
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Child protection's entries in each child's chronology, published inside the transaction that recorded
 * the fact (so the chronology gets them when it commits), with ids derived from the records so a retry
 * never adds a second line.
 * {@link ProtectionBulkLoad} makes the same entries from the same events with {@code entry}.
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
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(Section47Started e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(InitialConferenceHeld e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(ChildProtectionPlanStarted e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(ChildProtectionPlanEnded e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(ChildProtectionVisitRecorded e) {
        events.publishEvent(entry(e));
    }

    static SignificantEvent entry(StrategyDiscussionHeld e) {
        String agencies = e.agencies().stream().map(Agency::label).sorted().collect(Collectors.joining(", "));
        return entry("strategy-discussion", e.strategyDiscussionId(), e.personId(), instant(e.heldAt()),
                "Strategy discussion (" + agencies + "): " + e.decision().label());
    }

    static SignificantEvent entry(Section47Started e) {
        return entry("section-47", e.section47Id(), e.personId(), instant(e.startDate()),
                "Section 47 enquiry started; initial conference due by " + e.initialConferenceTarget());
    }

    static SignificantEvent entry(InitialConferenceHeld e) {
        String late = e.workingDaysLate() > 0 ? " (" + e.workingDaysLate() + " working days after its target)" : "";
        return entry("initial-conference", e.conferenceId(), e.personId(), instant(e.conferenceDate()),
                "Initial child protection conference: " + e.outcome().label() + late);
    }

    static SignificantEvent entry(ChildProtectionPlanStarted e) {
        String previous = e.previousPlans() > 0 ? "; previous plans: " + e.previousPlans() : "";
        return entry("plan-started", e.planId(), e.personId(), instant(e.startDate()),
                "Child protection plan started under " + e.category().label() + previous);
    }

    static SignificantEvent entry(ChildProtectionPlanEnded e) {
        return entry("plan-ended", e.planId(), e.personId(), instant(e.endDate()), "Child protection plan ended: " + e.reason());
    }

    static SignificantEvent entry(ChildProtectionVisitRecorded e) {
        String seen = !e.seen() ? "child not seen" : e.seenAlone() ? "child seen alone" : "child seen, not alone";
        return entry("visit", e.visitId(), e.personId(), instant(e.visitDate()), "Child protection visit: " + seen);
    }

    private static SignificantEvent entry(String what, UUID recordId, UUID personId, Instant at, String summary) {
        UUID id = UUID.nameUUIDFromBytes((MODULE + ":" + what + ":" + recordId).getBytes(StandardCharsets.UTF_8));
        return SignificantEvent.forRecord(id, 0, personId, at, ChronologyKind.CHILD_PROTECTION, summary,
                "/children/" + personId + "/protection", MODULE);
    }

    private static Instant instant(LocalDateTime at) {
        return SignificantEvent.at(at);
    }

    private static Instant instant(LocalDate day) {
        return SignificantEvent.startOf(day);
    }
}
