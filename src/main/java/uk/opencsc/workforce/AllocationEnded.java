package uk.opencsc.workforce;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A manager ended a child's allocation without a new worker: the child waits for one again if their episode is open.
 *
 * @param endedOn the first day the worker no longer holds the child
 */
public record AllocationEnded(UUID allocationId, UUID personId, String workerName, LocalDate endedOn, String reason, String decidedBy) {
}
