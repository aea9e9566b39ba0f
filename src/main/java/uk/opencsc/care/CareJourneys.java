package uk.opencsc.care;

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
 * Care's part of every child's journey for the timescales (see {@link CareRepository#journeyEventsOf}); the events of
 * many children come from one query, so a team's tray needs no query per child.
 */
@Component
class CareJourneys implements JourneyEventSource {

    private final CareRepository repository;

    CareJourneys(CareRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<UUID, List<ChildEvent>> eventsOf(Collection<UUID> childIds) {
        return repository.journeyEventsOf(childIds);
    }

    /** The care page's forms meet the care clocks: the review, visit, health assessment and dental check forms. */
    @Override
    public Optional<String> formFor(RuleId rule, UUID childId, String startRef) {
        String page = "/children/" + childId + "/care";
        if (rule.equals(StatutoryDeadlines.LOOKED_AFTER_REVIEW)) {
            return Optional.of(page + "/reviews/new");
        }
        if (rule.equals(StatutoryDeadlines.LOOKED_AFTER_VISIT)) {
            return Optional.of(page + "/visits/new");
        }
        if (rule.equals(StatutoryDeadlines.HEALTH_ASSESSMENT)) {
            return Optional.of(page + "/health-assessments/new");
        }
        if (rule.equals(StatutoryDeadlines.DENTAL_CHECK)) {
            return Optional.of(page + "/dental-checks/new");
        }
        return Optional.empty();
    }

    List<ChildEvent> eventsOf(UUID childId) {
        return repository.journeyEventsOf(List.of(childId)).getOrDefault(childId, List.of());
    }
}
