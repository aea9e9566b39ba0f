package uk.opencsc.timescales;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ComposedJourneysTest {

    static final UUID CHILD = UUID.fromString("3f2b8c1e-5d7a-4c1b-9e2f-0a6b8c4d2e1f");
    static final LocalDate BORN = LocalDate.of(2015, 5, 3);

    @Test
    void a_childs_journey_is_the_events_of_every_module_that_knows_them_with_the_first_known_date_of_birth() {
        JourneyEventSource frontDoor = id -> Optional.of(new ChildJourney(id, null,
                List.of(ChildEvent.on(EventType.REFERRAL_RECEIVED, LocalDate.of(2026, 3, 2)))));
        JourneyEventSource protection = id -> Optional.of(new ChildJourney(id, BORN,
                List.of(ChildEvent.on(EventType.STRATEGY_DISCUSSION, LocalDate.of(2026, 3, 1)))));
        JourneyEventSource unknownThere = id -> Optional.empty();

        ChildJourney journey = new ComposedJourneys(List.of(frontDoor, unknownThere, protection)).find(CHILD).orElseThrow();

        assertThat(journey.dateOfBirth()).isEqualTo(BORN);
        assertThat(journey.events()).extracting(ChildEvent::type)
                .containsExactly(EventType.STRATEGY_DISCUSSION, EventType.REFERRAL_RECEIVED);
    }

    @Test
    void a_child_no_module_knows_is_unknown_and_so_is_every_child_before_any_module_records_journeys() {
        assertThat(new ComposedJourneys(List.of(id -> Optional.empty())).find(CHILD)).isEmpty();
        ComposedJourneys none = new ComposedJourneys(List.of());
        assertThat(none.find(CHILD)).isEmpty();
        assertThat(none.hasSources()).isFalse();
    }

    @Test
    void many_journeys_read_at_once_are_the_same_as_read_one_by_one_and_unknown_children_are_absent() {
        UUID other = UUID.fromString("7a1c9e2f-0b3d-4e5f-8a6b-1c2d3e4f5a6b");
        UUID unknown = UUID.fromString("00000000-0000-4000-8000-000000000001");
        JourneyEventSource frontDoor = id -> id.equals(unknown) ? Optional.empty() : Optional.of(new ChildJourney(id, BORN,
                List.of(ChildEvent.on(EventType.REFERRAL_RECEIVED, LocalDate.of(2026, 3, 2)))));
        ComposedJourneys journeys = new ComposedJourneys(List.of(frontDoor));

        var all = journeys.findAll(List.of(CHILD, other, unknown));

        assertThat(all).containsOnlyKeys(CHILD, other);
        assertThat(all.get(other)).isEqualTo(journeys.find(other).orElseThrow());
    }

    @Test
    void the_form_that_meets_an_obligation_comes_from_the_source_that_knows_its_rule() {
        JourneyEventSource frontDoor = new JourneyEventSource() {
            @Override
            public Optional<ChildJourney> find(UUID childId) {
                return Optional.of(new ChildJourney(childId, BORN,
                        List.of(ChildEvent.on(EventType.CONTACT_RECEIVED, LocalDate.of(2026, 3, 2)).from("contact-1"))));
            }

            @Override
            public Optional<String> formFor(RuleId rule, UUID childId, String startRef) {
                return rule.equals(StatutoryDeadlines.CONTACT_DECISION)
                        ? Optional.of("/children/" + childId + "/contacts/" + startRef + "/decision") : Optional.empty();
            }
        };
        JourneyEventSource silent = id -> Optional.empty();
        ComposedJourneys journeys = new ComposedJourneys(List.of(silent, frontDoor));
        DueWork dueWork = new DueWork(TimescaleRules.of(RuleCatalogue.standard()),
                uk.opencsc.calendar.WorkingDayCalendar.englandAndWales());

        Obligation decision = dueWork.forChild(journeys.find(CHILD).orElseThrow(), LocalDate.of(2026, 3, 2)).getFirst();

        assertThat(decision.startRef()).isEqualTo("contact-1");
        assertThat(journeys.formFor(CHILD, decision)).contains("/children/" + CHILD + "/contacts/contact-1/decision");
    }
}
