package uk.opencsc.childinneed;

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
 * The child in need plans' part of every child's journey for the timescales: each plan's start and end, each
 * review, and each visit at which the child was seen. {@code ComposedJourneys} puts it together with the other
 * modules' sources. The events of many children come from one query ({@link #eventsOf(Collection)}), so a bulk
 * reader (a team's tray) needs no query per child.
 */
@Component
class ChildInNeedJourneys implements JourneyEventSource {

    private final ChildInNeedRepository repository;

    ChildInNeedJourneys(ChildInNeedRepository repository) {
        this.repository = repository;
    }

    /** The plan's visit and review forms meet its visit and review clocks. */
    @Override
    public Optional<String> formFor(RuleId rule, UUID childId, String startRef) {
        String page = "/children/" + childId + "/child-in-need";
        if (rule.equals(StatutoryDeadlines.CHILD_IN_NEED_VISIT)) {
            return Optional.of(startRef == null ? page : page + "/plans/" + startRef + "/visits/new");
        }
        if (rule.equals(StatutoryDeadlines.CHILD_IN_NEED_PLAN_REVIEW)) {
            return Optional.of(startRef == null ? page : page + "/plans/" + startRef + "/reviews/new");
        }
        return Optional.empty();
    }

    /** One child's events, in the order of the journey. */
    List<ChildEvent> eventsOf(UUID childId) {
        return eventsOf(List.of(childId)).getOrDefault(childId, List.of());
    }

    /** These children's events, each child's in the order of the journey; a child with none is absent. */
    @Override
    public Map<UUID, List<ChildEvent>> eventsOf(Collection<UUID> childIds) {
        return repository.journeyEventsOf(childIds);
    }
}
