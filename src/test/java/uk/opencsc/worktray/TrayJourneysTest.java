package uk.opencsc.worktray;

import org.junit.jupiter.api.Test;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.timescales.ChildEvent;
import uk.opencsc.timescales.ChildJourney;
import uk.opencsc.timescales.ChildJourneys;
import uk.opencsc.timescales.DueWork;
import uk.opencsc.timescales.EventType;
import uk.opencsc.timescales.Obligation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class TrayJourneysTest {

    static final UUID CHILD = UUID.fromString("3f2b8c1e-5d7a-4c1b-9e2f-0a6b8c4d2e1f");

    /** A record whose contacts count up with each read, counting the reads; {@code duringRead} runs inside a read. */
    static class CountingJourneys implements ChildJourneys {
        final AtomicInteger reads = new AtomicInteger();
        Runnable duringRead = () -> { };

        @Override
        public Map<UUID, ChildJourney> findAll(Collection<UUID> childIds) {
            int n = reads.incrementAndGet();
            duringRead.run();
            Map<UUID, ChildJourney> found = new HashMap<>();
            childIds.forEach(id -> found.put(id, new ChildJourney(id, null,
                    Collections.nCopies(n, ChildEvent.on(EventType.CONTACT_RECEIVED, LocalDate.of(2026, 3, 2))))));
            return found;
        }

        @Override
        public Optional<ChildJourney> find(UUID childId) {
            return Optional.ofNullable(findAll(List.of(childId)).get(childId));
        }

        @Override
        public Optional<String> formFor(UUID childId, Obligation obligation) {
            return Optional.empty();
        }
    }

    static RecordChanged aChangeTo(UUID child) {
        return new RecordChanged("contact", UUID.randomUUID().toString(), child, List.of());
    }

    @Test
    void a_journey_is_read_once_and_read_again_after_a_change_to_the_childs_record_commits() {
        CountingJourneys source = new CountingJourneys();
        TrayJourneys journeys = new TrayJourneys(source);

        assertThat(journeys.findAll(List.of(CHILD)).get(CHILD).events()).hasSize(1);
        assertThat(journeys.findAll(List.of(CHILD)).get(CHILD).events()).hasSize(1);
        assertThat(source.reads).hasValue(1);

        journeys.changed(aChangeTo(CHILD));

        assertThat(journeys.findAll(List.of(CHILD)).get(CHILD).events()).hasSize(2);
        assertThat(source.reads).hasValue(2);
    }

    @Test
    void a_person_with_no_journey_is_asked_for_once_not_on_every_visit_until_their_record_changes() {
        CountingJourneys source = new CountingJourneys() {
            @Override
            public Map<UUID, ChildJourney> findAll(Collection<UUID> childIds) {
                reads.incrementAndGet();
                return Map.of();
            }
        };
        TrayJourneys journeys = new TrayJourneys(source);

        assertThat(journeys.findAll(List.of(CHILD))).isEmpty();
        assertThat(journeys.onTray(List.of(CHILD), LocalDate.of(2026, 3, 2), o -> true, () -> null)).isEmpty();
        assertThat(source.reads).hasValue(1);

        journeys.changed(aChangeTo(CHILD));
        journeys.findAll(List.of(CHILD));

        assertThat(source.reads).hasValue(2);
    }

    @Test
    void a_journey_read_while_a_change_to_it_commits_is_not_kept() {
        CountingJourneys source = new CountingJourneys();
        TrayJourneys journeys = new TrayJourneys(source);
        source.duringRead = () -> journeys.changed(aChangeTo(CHILD));

        journeys.findAll(List.of(CHILD));
        source.duringRead = () -> { };
        journeys.findAll(List.of(CHILD));

        assertThat(source.reads).as("the journey read during the change was read again").hasValue(2);
    }

    @Test
    void a_change_with_no_child_such_as_a_bulk_load_drops_every_journey() {
        CountingJourneys source = new CountingJourneys();
        TrayJourneys journeys = new TrayJourneys(source);
        UUID other = UUID.fromString("7a1c9e2f-0b3d-4e5f-8a6b-1c2d3e4f5a6b");
        journeys.findAll(List.of(CHILD, other));

        journeys.changed(aChangeTo(null));
        journeys.findAll(List.of(CHILD, other));

        assertThat(source.reads).hasValue(2);
    }

    @Test
    void a_childs_tray_obligations_are_worked_out_once_a_day_and_again_the_next_day() {
        CountingJourneys source = new CountingJourneys();
        TrayJourneys journeys = new TrayJourneys(source);
        AtomicInteger workedOut = new AtomicInteger();
        Supplier<DueWork> dueWork = () -> {
            workedOut.incrementAndGet();
            return TrayOrderTest.DUE_WORK;
        };
        LocalDate monday = LocalDate.of(2026, 3, 9);

        var first = journeys.onTray(List.of(CHILD), monday, o -> true, dueWork);
        var again = journeys.onTray(List.of(CHILD), monday, o -> true, dueWork);
        journeys.onTray(List.of(CHILD), monday.plusDays(1), o -> true, dueWork);

        assertThat(first.get(CHILD)).extracting(o -> o.rule().id().value()).containsOnly("contact-decision");
        assertThat(again).isEqualTo(first);
        assertThat(workedOut).as("worked out on Monday, then again on Tuesday").hasValue(2);
        assertThat(source.reads).hasValue(1);
    }

    @Test
    void a_journey_is_read_again_within_a_minute_in_case_another_instance_changed_it() {
        CountingJourneys source = new CountingJourneys();
        long[] now = {0};
        TrayJourneys journeys = new TrayJourneys(source, () -> now[0]);

        journeys.findAll(List.of(CHILD));
        now[0] += TrayJourneys.KEEP_FOR.toNanos() / 2 - 1;
        journeys.findAll(List.of(CHILD));
        assertThat(source.reads).hasValue(1);
        now[0] += TrayJourneys.KEEP_FOR.toNanos() / 2 + 1;
        journeys.findAll(List.of(CHILD));
        assertThat(source.reads).hasValue(2);
    }

    @Test
    void a_teams_journeys_read_together_are_not_all_due_again_together() {
        List<Integer> asked = new java.util.ArrayList<>();
        CountingJourneys source = new CountingJourneys() {
            @Override
            public Map<UUID, ChildJourney> findAll(Collection<UUID> childIds) {
                asked.add(childIds.size());
                return super.findAll(childIds);
            }
        };
        long[] now = {0};
        TrayJourneys journeys = new TrayJourneys(source, () -> now[0]);
        List<UUID> team = java.util.stream.IntStream.range(0, 200).mapToObj(i -> UUID.randomUUID()).toList();

        journeys.findAll(team);
        now[0] = TrayJourneys.KEEP_FOR.toNanos() * 3 / 4;
        journeys.findAll(team);

        assertThat(asked.get(0)).isEqualTo(200);
        assertThat(asked.get(1)).as("due again three quarters of a minute later").isBetween(50, 150);
    }
}
