package uk.opencsc.childinneed;

import org.springframework.stereotype.Component;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.timescales.ChildEvent;
import uk.opencsc.timescales.ChildJourney;
import uk.opencsc.timescales.JourneyEventSource;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The child in need plans' part of every child's journey for the timescales: each plan's start and end, each
 * review, and each visit at which the child was seen. {@code ComposedJourneys} puts it together with the other
 * modules' sources. The events of many children come from one query ({@link #eventsOf(Collection)}), so a bulk
 * reader (a team's tray) needs no query per child.
 */
@Component
class ChildInNeedJourneys implements JourneyEventSource {

    private final ChildInNeedRepository repository;
    private final PersonLookup persons;

    ChildInNeedJourneys(ChildInNeedRepository repository, PersonLookup persons) {
        this.repository = repository;
        this.persons = persons;
    }

    @Override
    public Optional<ChildJourney> find(UUID childId) {
        return persons.find(childId).map(p -> new ChildJourney(childId, p.dateOfBirth(), eventsOf(childId)));
    }

    /** One child's events, in the order of the journey. */
    List<ChildEvent> eventsOf(UUID childId) {
        return eventsOf(List.of(childId)).getOrDefault(childId, List.of());
    }

    /** These children's events, each child's in the order of the journey; a child with none is absent. */
    Map<UUID, List<ChildEvent>> eventsOf(Collection<UUID> childIds) {
        return repository.journeyEventsOf(childIds);
    }
}
