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
}
