package uk.opencsc.assessment;

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
 * The assessments' entries in each child's chronology, published inside the transaction that recorded the fact,
 * with ids derived from the records so a retry never adds a second line.
 * {@link AssessmentBulkLoad} makes the same entries from the same events with {@code entry}.
 */
@Component
class AssessmentChronology {

    private static final String MODULE = "assessment";

    private final ApplicationEventPublisher events;

    AssessmentChronology(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(AssessmentStarted e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(AssessmentAuthorised e) {
        events.publishEvent(entry(e));
    }

    static SignificantEvent entry(AssessmentStarted e) {
        return entry("started", e.assessmentId(), e.personId(), e.startDate(),
                "Child and family assessment started; due by " + e.dueDate());
    }

    static SignificantEvent entry(AssessmentAuthorised e) {
        String late = e.workingDaysLate() > 0 ? " (" + e.workingDaysLate() + " working days after its due date)" : "";
        return entry("authorised", e.assessmentId(), e.personId(), e.authorisationDate(),
                "Child and family assessment authorised: " + e.outcome().label() + late);
    }

    private static SignificantEvent entry(String what, UUID recordId, UUID personId, LocalDate day, String summary) {
        UUID id = UUID.nameUUIDFromBytes((MODULE + ":" + what + ":" + recordId).getBytes(StandardCharsets.UTF_8));
        Instant at = SignificantEvent.startOf(day);
        return SignificantEvent.forRecord(id, 0, personId, at, ChronologyKind.ASSESSMENT, summary,
                "/children/" + personId + "/assessments/" + recordId, MODULE);
    }
}
