package uk.opencsc.timescales;

import java.util.Optional;
import java.util.UUID;

/**
 * Where due work reads a child's journey from. The journey modules (front door, protection, care, care
 * leavers...) implement it over the record they own; until one does, no child is known.
 */
public interface ChildJourneys {

    /**
     * @return the child's journey (perhaps with no events yet), or empty when no child has this id
     */
    Optional<ChildJourney> find(UUID childId);
}
