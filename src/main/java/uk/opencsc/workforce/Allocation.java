package uk.opencsc.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's allocation to a worker in a team, from {@code allocatedOn} (inclusive) to {@code endedOn}
 * (exclusive): a reallocation on day D ends the last allocation on D and starts the next on D.
 *
 * @param teamManagerUserId the manager of the worker's team when allocated; null when the team had none
 * @param reason            why the child was allocated (to this worker)
 * @param endedOn           null while current
 * @param endReason         null while current
 */
public record Allocation(UUID id, UUID personId, UUID workerUserId, String workerName, UUID teamId, String teamName,
                         UUID teamManagerUserId, String teamManagerName, LocalDate allocatedOn, String reason,
                         String allocatedBy, LocalDate endedOn, String endReason, String endedBy, int version,
                         Instant updatedAt, String updatedBy) {

    public boolean current() {
        return endedOn == null;
    }

    CurrentAllocation asCurrent() {
        return new CurrentAllocation(personId, workerUserId, workerName, teamId, allocatedOn);
    }
}
