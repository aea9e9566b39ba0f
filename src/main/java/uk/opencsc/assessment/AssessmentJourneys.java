package uk.opencsc.assessment;

import org.springframework.stereotype.Component;
import uk.opencsc.timescales.ChildEvent;
import uk.opencsc.timescales.EventType;
import uk.opencsc.timescales.JourneyEventSource;
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
 * The assessments' part of every child's journey for the timescales: each authorised assessment completes the
 * 45-working-day clock of its referral (the front door supplies the referral itself), with its reason for delay
 * when it was late.
 */
@Component
class AssessmentJourneys implements JourneyEventSource {

    private final AssessmentRepository repository;

    AssessmentJourneys(AssessmentRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<UUID, List<ChildEvent>> eventsOf(Collection<UUID> childIds) {
        Map<UUID, List<ChildEvent>> events = new HashMap<>();
        repository.assessmentsOf(childIds).forEach((id, assessments) ->
                events.put(id, assessments.stream().flatMap(a -> completionOf(a).stream()).toList()));
        return events;
    }

    /** The child's assessments, where the one for the referral is started, continued or authorised. */
    @Override
    public Optional<String> formFor(RuleId rule, UUID childId, String startRef) {
        return rule.equals(StatutoryDeadlines.CHILD_AND_FAMILY_ASSESSMENT)
                ? Optional.of("/children/" + childId + "/assessments")
                : Optional.empty();
    }

    /** The completion of an authorised assessment and its reason for delay; nothing before authorisation. */
    static List<ChildEvent> completionOf(ChildAndFamilyAssessment a) {
        List<ChildEvent> events = new ArrayList<>();
        if (a.state() == AssessmentState.AUTHORISED) {
            events.add(ChildEvent.on(EventType.ASSESSMENT_COMPLETED, a.authorisationDate()));
            if (a.delayReason() != null) {
                events.add(ChildEvent.reasonForDelay(StatutoryDeadlines.CHILD_AND_FAMILY_ASSESSMENT, a.authorisationDate()));
            }
        }
        return events;
    }

    /** One assessment's clock on its own: its referral and its completion. */
    static List<ChildEvent> eventsOf(ChildAndFamilyAssessment a) {
        List<ChildEvent> events = new ArrayList<>();
        events.add(ChildEvent.on(EventType.REFERRAL_RECEIVED, a.referralDate()));
        events.addAll(completionOf(a));
        return events;
    }
}
