package uk.opencsc.timescales;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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

    /**
     * As {@link #find} for many children at once: a caseload or a team's work tray reads hundreds of journeys per
     * page, so a source reads them in a few queries rather than a few per child.
     *
     * @return the journeys this source knows, by child; a child it does not know is absent
     */
    default Map<UUID, ChildJourney> findAll(Collection<UUID> childIds) {
        Map<UUID, ChildJourney> found = new HashMap<>();
        for (UUID id : childIds) {
            find(id).ifPresent(j -> found.put(id, j));
        }
        return found;
    }

    /**
     * Where a worker records what meets an obligation this source's events started: the form's path, e.g. the
     * decision form of the contact {@code startRef}. Empty when the rule is not this source's or it has no form.
     *
     * @param startRef the record the clock started from ({@link Obligation#startRef()}); may be null
     */
    default Optional<String> formFor(RuleId rule, UUID childId, String startRef) {
        return Optional.empty();
    }
}
