package uk.opencsc.timescales;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One journey module's part of children's journeys: the front door its contacts and referrals, protection its
 * strategy discussions and conferences, care its periods of care... Each module implements this over the record
 * it owns; {@link ComposedJourneys} puts the parts together, with the children's dates of birth, into the
 * {@link ChildJourneys} everyone else reads.
 */
public interface JourneyEventSource {

    /**
     * The events this source records of each of these children. A caseload or a team's work tray reads hundreds of
     * journeys per page, so a source reads them in a few queries rather than a few per child.
     *
     * @return by child, in any order; a child with no events here may be absent
     */
    Map<UUID, List<ChildEvent>> eventsOf(Collection<UUID> childIds);

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
