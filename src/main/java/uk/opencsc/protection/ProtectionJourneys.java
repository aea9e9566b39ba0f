package uk.opencsc.protection;

import org.springframework.stereotype.Component;
import uk.opencsc.platform.database.RowsByPerson;
import uk.opencsc.timescales.ChildEvent;
import uk.opencsc.timescales.JourneyEventSource;
import uk.opencsc.timescales.EventType;
import uk.opencsc.timescales.RuleId;
import uk.opencsc.timescales.StatutoryDeadlines;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Child protection's part of every child's journey for the timescales: each strategy discussion that started a
 * section 47 enquiry, an enquiry ended without a conference, each initial conference, plan start and end, core
 * group, review conference and visit at which the child was seen. {@code ComposedJourneys} puts it together with
 * the other modules' sources into the one journey {@code timescales due} and every other reader use.
 */
@Component
class ProtectionJourneys implements JourneyEventSource {

    private final ProtectionRepository repository;

    ProtectionJourneys(ProtectionRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<UUID, List<ChildEvent>> eventsOf(Collection<UUID> childIds) {
        var discussions = repository.discussionsOf(childIds);
        var enquiries = repository.enquiriesOf(childIds);
        var conferences = repository.conferencesOf(childIds);
        var plans = repository.plansOf(childIds);
        var meetings = repository.meetingsOf(childIds);
        var visits = repository.visitsOf(childIds);
        Map<UUID, List<ChildEvent>> events = new HashMap<>(childIds.size() * 2);
        for (UUID id : childIds) {
            List<ChildEvent> child = eventsOf(RowsByPerson.of(discussions, id), RowsByPerson.of(enquiries, id),
                    RowsByPerson.of(conferences, id), RowsByPerson.of(plans, id), RowsByPerson.of(meetings, id),
                    RowsByPerson.of(visits, id));
            if (!child.isEmpty()) {
                events.put(id, child);
            }
        }
        return events;
    }

    /**
     * The forms that meet protection's clocks: the initial conference of the enquiry the strategy discussion
     * started; the core group, review conference and visit of the plan.
     */
    @Override
    public Optional<String> formFor(RuleId rule, UUID childId, String startRef) {
        String protection = "/children/" + childId + "/protection";
        if (rule.equals(StatutoryDeadlines.INITIAL_CHILD_PROTECTION_CONFERENCE)) {
            return Optional.of(startRef == null ? protection : protection + "/enquiries/" + startRef + "/conference");
        }
        String plan = protection + "/plans/" + startRef;
        if (rule.equals(StatutoryDeadlines.FIRST_CORE_GROUP)) {
            return Optional.of(startRef == null ? protection : plan + "/core-groups/new");
        }
        if (rule.equals(StatutoryDeadlines.CHILD_PROTECTION_REVIEW_CONFERENCE)) {
            return Optional.of(startRef == null ? protection : plan + "/reviews/new");
        }
        if (rule.equals(StatutoryDeadlines.CHILD_PROTECTION_VISIT)) {
            return Optional.of(startRef == null ? protection : plan + "/visits/new");
        }
        return Optional.empty();
    }

    /** The timescale events of a child's protection record, in any order. */
    static List<ChildEvent> eventsOf(List<StrategyDiscussion> discussions, List<Section47Enquiry> enquiries,
                                     List<InitialConference> conferences, List<ChildProtectionPlan> plans,
                                     List<ProtectionMeeting> meetings, List<ChildProtectionVisit> visits) {
        List<ChildEvent> events = new ArrayList<>();
        // Only a discussion that initiated section 47 enquiries starts the conference clock (Working Together).
        // Dated without its time, as the conferences and plans are: a journey sorts an event of unknown time
        // before a timed one on the same day, so a conference held the same day would otherwise come "before" it.
        // The events are listed in the order of the journey, which keeps same-day events in that order.
        // Each carries the enquiry it started, whose conference form meets the clock.
        discussions.stream().filter(d -> d.decision() == StrategyDecision.SECTION_47)
                .forEach(d -> events.add(ChildEvent.on(EventType.STRATEGY_DISCUSSION, d.heldAt().toLocalDate())
                        .from(enquiries.stream().filter(e -> d.id().equals(e.strategyDiscussionId()))
                                .map(Section47Enquiry::id).findFirst().orElse(null))));
        enquiries.stream().filter(Section47Enquiry::icpcNotRequired)
                .forEach(e -> events.add(ChildEvent.on(EventType.SECTION_47_ENDED_WITHOUT_CONFERENCE, e.outcomeDate())));
        conferences.forEach(c -> events.add(ChildEvent.on(EventType.INITIAL_CHILD_PROTECTION_CONFERENCE, c.date())));
        plans.forEach(p -> events.add(ChildEvent.on(EventType.CHILD_PROTECTION_PLAN_STARTED, p.startDate()).from(p.id())));
        for (ProtectionMeeting m : meetings) {
            events.add(ChildEvent.on(m.kind() == ProtectionMeeting.Kind.CORE_GROUP
                    ? EventType.CORE_GROUP_MEETING : EventType.CHILD_PROTECTION_REVIEW_CONFERENCE, m.date()));
        }
        visits.stream().filter(ChildProtectionVisit::seen)
                .forEach(v -> events.add(ChildEvent.on(EventType.CHILD_PROTECTION_VISIT, v.date())));
        // last, so a review conference or visit on the day a plan ends counts for it
        plans.stream().filter(p -> !p.open())
                .forEach(p -> events.add(ChildEvent.on(EventType.CHILD_PROTECTION_PLAN_ENDED, p.endDate())));
        return events;
    }
}
