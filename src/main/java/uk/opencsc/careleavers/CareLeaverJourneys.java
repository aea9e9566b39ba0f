package uk.opencsc.careleavers;

import org.springframework.stereotype.Component;
import uk.opencsc.timescales.ChildEvent;
import uk.opencsc.timescales.JourneyEventSource;
import uk.opencsc.timescales.RuleId;
import uk.opencsc.timescales.StatutoryDeadlines;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The pathway plans' part of every young person's journey for the timescales: the plan agreed (which starts the
 * six-monthly review clock), each review (which meets it) and support ending (which stops it). Many young people's
 * events come from one query, so a personal adviser's tray needs no query per young person.
 */
@Component
class CareLeaverJourneys implements JourneyEventSource {

    private final CareLeaverRepository repository;

    CareLeaverJourneys(CareLeaverRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<UUID, List<ChildEvent>> eventsOf(Collection<UUID> childIds) {
        return repository.journeyEventsOf(childIds);
    }

    /** The pathway plan review form meets the review clock. */
    @Override
    public Optional<String> formFor(RuleId rule, UUID childId, String startRef) {
        if (rule.equals(StatutoryDeadlines.PATHWAY_PLAN_REVIEW)) {
            return Optional.of("/children/" + childId + "/care-leaver/pathway-plan/reviews/new");
        }
        return Optional.empty();
    }

    /** One young person's events, in the order of the journey. */
    List<ChildEvent> eventsOf(UUID childId) {
        return repository.journeyEventsOf(List.of(childId)).getOrDefault(childId, List.of());
    }
}
