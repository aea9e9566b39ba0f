package uk.opencsc.care;

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
 * Care's entries in each child's chronology (became looked after, placement moved, legal status changed, ceased to
 * be looked after, reviews and visits), published inside the transaction that recorded the fact, with ids derived
 * from the records so a retry never adds a second line. {@link CareBulkLoad} makes the same entries with {@code entry}.
 */
@Component
class CareChronology {

    private static final String MODULE = "care";

    private final ApplicationEventPublisher events;

    CareChronology(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(BecameLookedAfter e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(EpisodeStarted e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(CeasedLookedAfter e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(LookedAfterReviewHeld e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(LookedAfterVisitRecorded e) {
        events.publishEvent(entry(e));
    }

    static SignificantEvent entry(BecameLookedAfter e) {
        return entry("period-started", e.periodId(), e.personId(), e.startDate(),
                (e.shortBreaks() ? "Short breaks started: " : "Became looked after: ") + e.legalStatus().label()
                        + "; placed " + e.placementType().label());
    }

    static SignificantEvent entry(EpisodeStarted e) {
        String what = switch (e.reason()) {
            case L -> "Legal status changed to " + e.legalStatus().label();
            case P -> "Placement moved to " + e.placementType().label();
            case T, S -> "Placement changed, same carer: " + e.placementType().label();
            case B -> "Legal status changed to " + e.legalStatus().label() + " and placement moved to " + e.placementType().label();
            case U -> "Legal status changed to " + e.legalStatus().label() + " and placement changed, same carer: "
                    + e.placementType().label();
        };
        return entry("episode", e.episodeId(), e.personId(), e.startDate(), what);
    }

    static SignificantEvent entry(CeasedLookedAfter e) {
        return entry("period-ended", e.periodId(), e.personId(), e.endDate(),
                (e.shortBreaks() ? "Short breaks ended: " : "Ceased to be looked after: ") + e.reason().label());
    }

    static SignificantEvent entry(LookedAfterReviewHeld e) {
        return entry("review", e.reviewId(), e.personId(), e.reviewDate(), "Looked after review held: " + e.participation().label());
    }

    static SignificantEvent entry(LookedAfterVisitRecorded e) {
        String seen = !e.seen() ? "child not seen" : e.seenAlone() ? "child seen alone" : "child seen, not alone";
        return entry("visit", e.visitId(), e.personId(), e.visitedOn(), "Visit to the looked after child: " + seen);
    }

    private static SignificantEvent entry(String what, UUID recordId, UUID personId, LocalDate day, String summary) {
        UUID id = UUID.nameUUIDFromBytes((MODULE + ":" + what + ":" + recordId).getBytes(StandardCharsets.UTF_8));
        Instant at = SignificantEvent.startOf(day);
        return SignificantEvent.forRecord(id, 0, personId, at, ChronologyKind.LOOKED_AFTER, summary,
                "/children/" + personId + "/care", MODULE);
    }
}
