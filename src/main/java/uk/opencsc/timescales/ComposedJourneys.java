package uk.opencsc.timescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The whole journey of a child, composed from every module's {@link JourneyEventSource}: the events of all of
 * them, and the first date of birth one of them knows. A child is known when any source knows them.
 */
public final class ComposedJourneys implements ChildJourneys {

    private final List<JourneyEventSource> sources;

    public ComposedJourneys(List<JourneyEventSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Whether any module records journeys yet (until one does, no child is known). */
    public boolean hasSources() {
        return !sources.isEmpty();
    }

    @Override
    public Optional<ChildJourney> find(UUID childId) {
        boolean known = false;
        LocalDate dateOfBirth = null;
        List<ChildEvent> events = new ArrayList<>();
        for (JourneyEventSource source : sources) {
            Optional<ChildJourney> part = source.find(childId);
            if (part.isPresent()) {
                known = true;
                dateOfBirth = dateOfBirth != null ? dateOfBirth : part.get().dateOfBirth();
                events.addAll(part.get().events());
            }
        }
        return known ? Optional.of(new ChildJourney(childId, dateOfBirth, events)) : Optional.empty();
    }
}
