package uk.opencsc.frontdoor;

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
 * The front door's part of every child's journey for the timescales: each contact received (with its time)
 * and decided, each referral received, and a referral closed with no further action (which ends the
 * assessment clock). The timescales compose it with the other journey modules' sources into the one
 * {@link uk.opencsc.timescales.ChildJourneys} due work reads.
 */
@Component
class FrontDoorJourneys implements JourneyEventSource {

    private final FrontDoorRepository repository;

    FrontDoorJourneys(FrontDoorRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<UUID, List<ChildEvent>> eventsOf(Collection<UUID> childIds) {
        Map<UUID, List<ChildEvent>> events = new HashMap<>();
        repository.contactsOf(childIds).forEach((id, contacts) ->
                contacts.forEach(c -> events.computeIfAbsent(id, k -> new ArrayList<>()).addAll(eventsOf(c))));
        repository.referralsOf(childIds).forEach((id, referrals) ->
                referrals.forEach(r -> events.computeIfAbsent(id, k -> new ArrayList<>()).addAll(eventsOf(r))));
        return events;
    }

    /** The contact's decision form: the contact-decision clock starts when the contact is received. */
    @Override
    public Optional<String> formFor(RuleId rule, UUID childId, String startRef) {
        if (rule.equals(StatutoryDeadlines.CONTACT_DECISION) && startRef != null) {
            return Optional.of("/children/" + childId + "/contacts/" + startRef + "/decision");
        }
        return Optional.empty();
    }

    static List<ChildEvent> eventsOf(Contact c) {
        ChildEvent received = ChildEvent.at(EventType.CONTACT_RECEIVED, c.receivedAt()).from(c.id());
        return c.decided()
                ? List.of(received, ChildEvent.at(EventType.CONTACT_DECISION, c.decision().decidedAt()))
                : List.of(received);
    }

    static List<ChildEvent> eventsOf(Referral r) {
        ChildEvent received = ChildEvent.on(EventType.REFERRAL_RECEIVED, r.referralDate()).from(r.id());
        return r.noFurtherAction() && r.closureDate() != null
                ? List.of(received, ChildEvent.on(EventType.REFERRAL_CLOSED_WITHOUT_ASSESSMENT, r.closureDate()))
                : List.of(received);
    }
}
