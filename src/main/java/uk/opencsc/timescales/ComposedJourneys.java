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
 * The whole journey of a child, composed from every module's {@link JourneyEventSource}: the events of all of them,
 * with the child's date of birth read once (not once per source). A child is known when they are on record and some
 * module records journeys.
 */
public final class ComposedJourneys implements ChildJourneys {

    private final List<JourneyEventSource> sources;
    private final DatesOfBirth datesOfBirth;

    public ComposedJourneys(List<JourneyEventSource> sources, DatesOfBirth datesOfBirth) {
        this.sources = List.copyOf(sources);
        this.datesOfBirth = datesOfBirth;
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
        if (sources.isEmpty() || childIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Optional<LocalDate>> known = datesOfBirth.of(childIds);
        Map<UUID, List<ChildEvent>> events = new HashMap<>(known.size() * 2);
        for (JourneyEventSource source : sources) {
            source.eventsOf(known.keySet()).forEach((id, part) -> {
                if (known.containsKey(id) && !part.isEmpty()) {
                    events.computeIfAbsent(id, k -> new ArrayList<>()).addAll(part);
                }
            });
        }
        Map<UUID, ChildJourney> journeys = new HashMap<>(known.size() * 2);
        known.forEach((id, born) -> journeys.put(id, new ChildJourney(id, born.orElse(null), events.getOrDefault(id, List.of()))));
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
}
