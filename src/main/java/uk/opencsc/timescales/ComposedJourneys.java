package uk.opencsc.timescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        return Optional.ofNullable(findAll(List.of(childId)).get(childId));
    }

    @Override
    public Map<UUID, ChildJourney> findAll(Collection<UUID> childIds) {
        Map<UUID, Parts> parts = new HashMap<>();
        for (JourneyEventSource source : sources) {
            source.findAll(childIds).forEach((id, part) -> parts.computeIfAbsent(id, k -> new Parts()).add(part));
        }
        Map<UUID, ChildJourney> journeys = new HashMap<>(parts.size() * 2);
        parts.forEach((id, p) -> journeys.put(id, new ChildJourney(id, p.dateOfBirth, p.events)));
        return journeys;
    }

    @Override
    public Optional<String> formFor(UUID childId, Obligation obligation) {
        for (JourneyEventSource source : sources) {
            Optional<String> form = source.formFor(obligation.rule().id(), childId, obligation.startRef());
            if (form.isPresent()) {
                return form;
            }
        }
        return Optional.empty();
    }

    /** A child's journey as the sources hand it in, source by source. */
    private static final class Parts {
        LocalDate dateOfBirth;
        final List<ChildEvent> events = new ArrayList<>();

        void add(ChildJourney part) {
            dateOfBirth = dateOfBirth != null ? dateOfBirth : part.dateOfBirth();
            events.addAll(part.events());
        }
    }
}
