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
 * Care planning's part of every child's journey for the timescales: the permanence plan agreed (due by the second
 * review, four months after the child became looked after) and each IRO escalation raised and resolved (each its own
 * clock), so both reach the work tray of the child's worker and team manager.
 */
@Component
class CarePlanningJourneys implements JourneyEventSource {

    private final CarePlanningRepository repository;

    CarePlanningJourneys(CarePlanningRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<UUID, List<ChildEvent>> eventsOf(Collection<UUID> childIds) {
        return repository.journeyEventsOf(childIds);
    }

    /** The permanence plan form; the escalation's own form, which records its resolution. */
    @Override
    public Optional<String> formFor(RuleId rule, UUID childId, String startRef) {
        String page = "/children/" + childId + "/care/planning";
        if (rule.equals(StatutoryDeadlines.PERMANENCE_PLAN)) {
            return Optional.of(page + "/permanence/new");
        }
        if (rule.equals(StatutoryDeadlines.IRO_ESCALATION)) {
            return Optional.of(startRef == null ? page : page + "/escalations/" + startRef + "/edit");
        }
        return Optional.empty();
    }
}
