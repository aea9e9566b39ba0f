package uk.opencsc.workforce;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A manager allocated a child to a worker (or reallocated the child from another).
 *
 * @param previousWorkerName the worker who held the child until {@code allocatedOn}; null for a first allocation
 * @param decidedBy          the display name of the manager who decided
 */
public record WorkerAllocated(UUID allocationId, UUID personId, UUID workerUserId, String workerName, UUID teamId, String teamName,
                              LocalDate allocatedOn, String reason, String previousWorkerName, String decidedBy) {
}
