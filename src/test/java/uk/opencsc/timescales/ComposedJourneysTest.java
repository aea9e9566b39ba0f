package uk.opencsc.timescales;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ComposedJourneysTest {

    static final UUID CHILD = UUID.fromString("3f2b8c1e-5d7a-4c1b-9e2f-0a6b8c4d2e1f");
    static final UUID OTHER = UUID.fromString("7a1c9e2f-0b3d-4e5f-8a6b-1c2d3e4f5a6b");
    static final UUID UNKNOWN = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final LocalDate BORN = LocalDate.of(2015, 5, 3);

    /** CHILD born in 2015, OTHER with no date of birth recorded; UNKNOWN is not on record. */
    static final DatesOfBirth ON_RECORD = ids -> {
        Map<UUID, Optional<LocalDate>> born = new HashMap<>();
        if (ids.contains(CHILD)) born.put(CHILD, Optional.of(BORN));
        if (ids.contains(OTHER)) born.put(OTHER, Optional.empty());
        return born;
    };

    /** A source recording {@code event} for every child it is asked about. */
    static JourneyEventSource recording(ChildEvent event) {
        return ids -> {
            Map<UUID, List<ChildEvent>> events = new HashMap<>();
            ids.forEach(id -> events.put(id, List.of(event)));
            return events;
        };
    }

    static final JourneyEventSource SILENT = ids -> Map.of();

    @Test
    void a_childs_journey_is_the_events_of_every_module_with_the_date_of_birth_read_once() {
        JourneyEventSource frontDoor = recording(ChildEvent.on(EventType.REFERRAL_RECEIVED, LocalDate.of(2026, 3, 2)));
        JourneyEventSource protection = recording(ChildEvent.on(EventType.STRATEGY_DISCUSSION, LocalDate.of(2026, 3, 1)));
        int[] reads = {0};
        DatesOfBirth counted = ids -> {
            reads[0]++;
            return ON_RECORD.of(ids);
        };

        ChildJourney journey = new ComposedJourneys(List.of(frontDoor, SILENT, protection), counted).find(CHILD).orElseThrow();

        assertThat(journey.dateOfBirth()).isEqualTo(BORN);
        assertThat(journey.events()).extracting(ChildEvent::type)
                .containsExactly(EventType.STRATEGY_DISCUSSION, EventType.REFERRAL_RECEIVED);
        assertThat(reads[0]).isEqualTo(1);
    }

    @Test
    void a_child_not_on_record_is_unknown_and_so_is_every_child_before_any_module_records_journeys() {
        assertThat(new ComposedJourneys(List.of(SILENT), ON_RECORD).find(UNKNOWN)).isEmpty();
        assertThat(new ComposedJourneys(List.of(SILENT), ON_RECORD).find(CHILD)).hasValueSatisfying(j -> assertThat(j.events()).isEmpty());
        ComposedJourneys none = new ComposedJourneys(List.of(), ON_RECORD);
        assertThat(none.find(CHILD)).isEmpty();
        assertThat(none.hasSources()).isFalse();
    }

    @Test
    void many_journeys_read_at_once_are_the_same_as_read_one_by_one_and_unknown_children_are_absent() {
        ComposedJourneys journeys = new ComposedJourneys(List.of(recording(ChildEvent.on(EventType.REFERRAL_RECEIVED,
                LocalDate.of(2026, 3, 2)))), ON_RECORD);

        Map<UUID, ChildJourney> all = journeys.findAll(List.of(CHILD, OTHER, UNKNOWN));

        assertThat(all).containsOnlyKeys(CHILD, OTHER);
        assertThat(all.get(OTHER)).isEqualTo(journeys.find(OTHER).orElseThrow());
        assertThat(all.get(OTHER).dateOfBirth()).isNull();
    }

    @Test
    void the_form_that_meets_an_obligation_comes_from_the_source_that_knows_its_rule() {
        JourneyEventSource frontDoor = new JourneyEventSource() {
            @Override
            public Map<UUID, List<ChildEvent>> eventsOf(Collection<UUID> childIds) {
                return Map.of(CHILD, List.of(ChildEvent.on(EventType.CONTACT_RECEIVED, LocalDate.of(2026, 3, 2)).from("contact-1")));
            }

            @Override
            public Optional<String> formFor(RuleId rule, UUID childId, String startRef) {
                return rule.equals(StatutoryDeadlines.CONTACT_DECISION)
                        ? Optional.of("/children/" + childId + "/contacts/" + startRef + "/decision") : Optional.empty();
            }
        };
        ComposedJourneys journeys = new ComposedJourneys(List.of(SILENT, frontDoor), ON_RECORD);
        DueWork dueWork = new DueWork(TimescaleRules.of(RuleCatalogue.standard()),
                uk.opencsc.calendar.WorkingDayCalendar.englandAndWales());

        Obligation decision = dueWork.forChild(journeys.find(CHILD).orElseThrow(), LocalDate.of(2026, 3, 2)).getFirst();

        assertThat(decision.startRef()).isEqualTo("contact-1");
        assertThat(journeys.formFor(CHILD, decision)).contains("/children/" + CHILD + "/contacts/contact-1/decision");
    }
}
