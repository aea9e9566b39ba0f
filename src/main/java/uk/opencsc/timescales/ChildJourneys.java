package uk.opencsc.timescales;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where due work reads a child's journey from: one bean, {@link ComposedJourneys}, made of every journey module's
 * {@link JourneyEventSource} (front door, protection, care, care leavers...); until a module provides one, no
 * child is known.
 */
public interface ChildJourneys {

    /**
     * @return the child's journey (perhaps with no events yet), or empty when no child has this id
     */
    Optional<ChildJourney> find(UUID childId);

    /** The journeys of these children, by child; a child no source knows is absent. */
    Map<UUID, ChildJourney> findAll(Collection<UUID> childIds);

    /** The path of the form that meets this obligation of the child's, from the module whose event started it. */
    Optional<String> formFor(UUID childId, Obligation obligation);
}
