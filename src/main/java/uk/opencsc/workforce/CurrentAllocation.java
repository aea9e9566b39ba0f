package uk.opencsc.workforce;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Who holds a child today: the worker (a social worker or personal adviser), their team, and since when.
 *
 * @param since the day the allocation began (inclusive)
 */
public record CurrentAllocation(UUID childId, UUID workerUserId, String workerName, UUID teamId, LocalDate since) {

    public CurrentAllocation {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(workerUserId, "workerUserId");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(since, "since");
    }
}
