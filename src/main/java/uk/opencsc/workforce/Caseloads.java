package uk.opencsc.workforce;

import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules (the work tray) need to know of who holds which child, without reading the workforce's
 * tables. It does not check access or audit: the caller does, for the children it shows.
 */
@Service
public class Caseloads {

    private final AllocationRepository allocations;

    Caseloads(AllocationRepository allocations) {
        this.allocations = allocations;
    }

    /** The children the user holds today (their current allocations), oldest allocation first. */
    public List<UUID> childrenAllocatedTo(UUID userId) {
        return allocations.childrenAllocatedTo(userId);
    }

    /** @return the child's current allocation, or empty when nobody holds the child */
    public Optional<CurrentAllocation> currentAllocation(UUID childId) {
        return Optional.ofNullable(currentAllocations(List.of(childId)).get(childId));
    }

    /** The current allocations of these children; a child nobody holds is absent from the map. */
    public Map<UUID, CurrentAllocation> currentAllocations(Collection<UUID> childIds) {
        return allocations.currentAllocations(childIds);
    }
}
