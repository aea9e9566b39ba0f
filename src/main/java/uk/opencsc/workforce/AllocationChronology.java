package uk.opencsc.workforce;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.opencsc.chronology.ChronologyKind;
import uk.opencsc.chronology.SignificantEvent;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Allocation decisions in each child's chronology, as management decisions, published inside the transaction that
 * recorded them, with ids derived from the allocation so a retry never adds a second line.
 * {@link WorkforceBulkLoad} makes the same entries from the same events with {@code entry}.
 */
@Component
class AllocationChronology {

    private static final String MODULE = "workforce";

    private final ApplicationEventPublisher events;

    AllocationChronology(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(WorkerAllocated e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(AllocationEnded e) {
        events.publishEvent(entry(e));
    }

    static SignificantEvent entry(WorkerAllocated e) {
        String summary = (e.previousWorkerName() == null ? "Allocated to " : "Reallocated from " + e.previousWorkerName() + " to ")
                + e.workerName() + " (" + e.teamName() + ") by " + e.decidedBy() + ": " + e.reason();
        return entry("allocated", e.allocationId(), e.personId(), e.allocatedOn(), summary);
    }

    static SignificantEvent entry(AllocationEnded e) {
        return entry("ended", e.allocationId(), e.personId(), e.endedOn(),
                "Allocation to " + e.workerName() + " ended by " + e.decidedBy() + ": " + e.reason());
    }

    private static SignificantEvent entry(String what, UUID allocationId, UUID personId, LocalDate day, String summary) {
        UUID id = UUID.nameUUIDFromBytes((MODULE + ":" + what + ":" + allocationId).getBytes(StandardCharsets.UTF_8));
        return SignificantEvent.forRecord(id, 0, personId, SignificantEvent.startOf(day),
                ChronologyKind.MANAGEMENT_DECISION, summary, "/children/" + personId + "/allocation", MODULE);
    }
}
