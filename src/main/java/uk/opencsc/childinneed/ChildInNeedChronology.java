package uk.opencsc.childinneed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.opencsc.chronology.ChronologyKind;
import uk.opencsc.chronology.SignificantEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The child in need plans' entries in each child's chronology, published inside the transaction that recorded the
 * fact (so the chronology gets them when it commits), with ids derived from the records so a retry never adds a
 * second line.
 * {@link ChildInNeedBulkLoad} makes the same entries from the same events with {@code entry}.
 */
@Component
class ChildInNeedChronology {

    private static final String MODULE = "childinneed";

    private final ApplicationEventPublisher events;

    ChildInNeedChronology(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(ChildInNeedPlanStarted e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(ChildInNeedPlanReviewed e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(ChildInNeedVisitRecorded e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(ChildInNeedPlanEnded e) {
        events.publishEvent(entry(e));
    }

    static SignificantEvent entry(ChildInNeedPlanStarted e) {
        return entry("plan-started", e.planId(), e.personId(), instant(e.startDate()), "Child in need plan started, led by " + e.leadWorker());
    }

    static SignificantEvent entry(ChildInNeedPlanReviewed e) {
        return entry("review", e.reviewId(), e.personId(), instant(e.reviewDate()), "Child in need plan reviewed: " + e.decision().label());
    }

    static SignificantEvent entry(ChildInNeedVisitRecorded e) {
        String seen = !e.seen() ? "child not seen" : e.seenAlone() ? "child seen alone" : "child seen, not alone";
        return entry("visit", e.visitId(), e.personId(), SignificantEvent.at(e.visitedAt()),
                "Child in need visit: " + seen);
    }

    static SignificantEvent entry(ChildInNeedPlanEnded e) {
        return entry("plan-ended", e.planId(), e.personId(), instant(e.endDate()), "Child in need plan ended: " + e.reason().label());
    }

    private static SignificantEvent entry(String what, UUID recordId, UUID personId, Instant at, String summary) {
        UUID id = UUID.nameUUIDFromBytes((MODULE + ":" + what + ":" + recordId).getBytes(StandardCharsets.UTF_8));
        return SignificantEvent.forRecord(id, 0, personId, at, ChronologyKind.PLAN, summary,
                "/children/" + personId + "/child-in-need", MODULE);
    }

    private static Instant instant(LocalDate day) {
        return SignificantEvent.startOf(day);
    }
}
