package uk.opencsc.assessment;

import org.springframework.stereotype.Component;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.platform.database.RowsByPerson;
import uk.opencsc.timescales.ChildEvent;
import uk.opencsc.timescales.ChildJourney;
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
    private final PersonLookup persons;

    AssessmentJourneys(AssessmentRepository repository, PersonLookup persons) {
        this.repository = repository;
        this.persons = persons;
    }

    @Override
    public Optional<ChildJourney> find(UUID childId) {
        return Optional.ofNullable(findAll(List.of(childId)).get(childId));
    }

    @Override
    public Map<UUID, ChildJourney> findAll(Collection<UUID> childIds) {
        Map<UUID, PersonLookup.PersonSummary> known = persons.findAll(childIds);
        Map<UUID, List<ChildAndFamilyAssessment>> assessments = repository.assessmentsOf(known.keySet());
        Map<UUID, ChildJourney> journeys = new HashMap<>(known.size() * 2);
        known.forEach((id, p) -> journeys.put(id, new ChildJourney(id, p.dateOfBirth(),
                RowsByPerson.of(assessments, id).stream().flatMap(a -> completionOf(a).stream()).toList())));
        return journeys;
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
