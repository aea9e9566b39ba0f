package uk.opencsc.care;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.opencsc.chronology.ChronologyKind;
import uk.opencsc.chronology.SignificantEvent;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The chronology lines of a looked after child's education and offending: each PEP meeting and each conviction or
 * caution, published inside the transaction that recorded it, with ids derived from the records so a retry never adds
 * a second line. {@link CareWellbeingBulkLoad} makes the same lines with {@code entry}. The offence itself stays on the
 * wellbeing page: the line says only that there was one.
 */
@Component
class CareWellbeingChronology {

    private static final String MODULE = "care";

    private final ApplicationEventPublisher events;

    CareWellbeingChronology(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(PepMeetingHeld e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(ConvictionRecorded e) {
        events.publishEvent(entry(e));
    }

    static SignificantEvent entry(PepMeetingHeld e) {
        return entry("pep-meeting", e.meetingId(), e.personId(), e.date(),
                e.review() ? "Personal education plan reviewed" : "Personal education plan started");
    }

    static SignificantEvent entry(ConvictionRecorded e) {
        return entry("conviction", e.convictionId(), e.personId(), e.decidedOn(), "Offence: " + e.outcome().label());
    }

    private static SignificantEvent entry(String what, UUID recordId, UUID personId, LocalDate day, String summary) {
        UUID id = UUID.nameUUIDFromBytes((MODULE + ":" + what + ":" + recordId).getBytes(StandardCharsets.UTF_8));
        return SignificantEvent.forRecord(id, 0, personId, SignificantEvent.startOf(day),
                ChronologyKind.LOOKED_AFTER, summary, "/children/" + personId + "/care/health-and-education", MODULE);
    }
}
