package uk.opencsc.frontdoor;

import org.springframework.stereotype.Component;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.timescales.ChildEvent;
import uk.opencsc.timescales.ChildJourney;
import uk.opencsc.timescales.JourneyEventSource;
import uk.opencsc.timescales.EventType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The front door's part of every child's journey for the timescales: each contact received (with its time)
 * and decided, each referral received, and a referral closed with no further action (which ends the
 * assessment clock). The timescales compose it with the other journey modules' sources into the one
 * {@link uk.opencsc.timescales.ChildJourneys} due work reads.
 */
@Component
class FrontDoorJourneys implements JourneyEventSource {

    private final FrontDoorRepository repository;
    private final PersonLookup persons;

    FrontDoorJourneys(FrontDoorRepository repository, PersonLookup persons) {
        this.repository = repository;
        this.persons = persons;
    }

    @Override
    public Optional<ChildJourney> find(UUID childId) {
        return persons.find(childId).map(p -> {
            List<ChildEvent> events = new ArrayList<>();
            repository.contactsOf(childId).forEach(c -> events.addAll(eventsOf(c)));
            for (Referral r : repository.referralsOf(childId)) {
                events.add(ChildEvent.on(EventType.REFERRAL_RECEIVED, r.referralDate()));
                if (r.noFurtherAction() && r.closureDate() != null) {
                    events.add(ChildEvent.on(EventType.REFERRAL_CLOSED_WITHOUT_ASSESSMENT, r.closureDate()));
                }
            }
            return new ChildJourney(childId, p.dateOfBirth(), events);
        });
    }

    static List<ChildEvent> eventsOf(Contact c) {
        ChildEvent received = ChildEvent.at(EventType.CONTACT_RECEIVED, c.receivedAt());
        return c.decided()
                ? List.of(received, ChildEvent.at(EventType.CONTACT_DECISION, c.decision().decidedAt()))
                : List.of(received);
    }
}
