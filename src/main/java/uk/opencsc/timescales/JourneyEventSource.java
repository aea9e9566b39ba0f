package uk.opencsc.timescales;

import java.util.Optional;
import java.util.UUID;

/**
 * One journey module's part of children's journeys: the front door its contacts and referrals, protection its
 * strategy discussions and conferences, care its periods of care... Each module implements this over the record
 * it owns; {@link ComposedJourneys} puts the parts together into the {@link ChildJourneys} everyone else reads.
 */
public interface JourneyEventSource {

    /**
     * @return the child's date of birth (if known to this source) and the events this source records, perhaps
     *         none; empty when this source knows no child with this id
     */
    Optional<ChildJourney> find(UUID childId);
}
