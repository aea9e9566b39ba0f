package uk.opencsc.chronology;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.opencsc.audit.RecordChanged;

import java.time.Clock;
import java.util.Optional;

/**
 * Builds the chronology from events.
 * <p>
 * Changes to the child's record arrive as the audit's {@link RecordChanged}, which carries neither an
 * id nor a time. So a synchronous listener, inside the publisher's transaction, turns each relevant one
 * into a {@link SignificantEvent} with a fresh id and the time of the change; that event is stored in
 * the event publication registry with the change itself, and the asynchronous listener writes the entry
 * after commit. The entry's key is the event's id, so a retried publication never makes two entries.
 */
@Component
class ChronologyListener {

    private final ChronologyRepository chronology;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChronologyListener(ChronologyRepository chronology, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.chronology = chronology;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @EventListener
    void on(RecordChanged change) {
        RecordChanges.entryFor(change).ifPresent(entry -> events.publishEvent(SignificantEvent.of(change.personId(), clock.instant(),
                entry.kind(), entry.summary(), "/children/" + change.personId(), "people")));
    }

    @ApplicationModuleListener
    void on(SignificantEvent event) {
        chronology.record(event);
    }
}
