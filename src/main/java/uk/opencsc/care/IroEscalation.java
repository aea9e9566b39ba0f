package uk.opencsc.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A concern the IRO raised under the local dispute resolution process, from the day raised to the day resolved.
 *
 * @param resolvedOn null while open; when set, {@code outcome} says how it was resolved
 * @param version    every change names the version read
 */
public record IroEscalation(UUID id, UUID personId, UUID periodId, LocalDate raisedOn, Set<EscalationConcern> concerns, String issue,
                            EscalationStage stage, String outcome, LocalDate resolvedOn, String iro, int version, Instant updatedAt,
                            String updatedBy) {

    public IroEscalation {
        concerns = Set.copyOf(concerns);
    }

    public boolean open() {
        return resolvedOn == null;
    }
}
