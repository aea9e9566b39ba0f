package uk.opencsc.assessment;

import org.springframework.stereotype.Component;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.timescales.ChildEvent;
import uk.opencsc.timescales.ChildJourney;
import uk.opencsc.timescales.EventType;
import uk.opencsc.timescales.JourneyEventSource;
import uk.opencsc.timescales.StatutoryDeadlines;

import java.util.ArrayList;
import java.util.List;
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
        return persons.find(childId).map(p -> new ChildJourney(childId, p.dateOfBirth(),
                repository.assessmentsOf(childId).stream().flatMap(a -> completionOf(a).stream()).toList()));
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
