package uk.opencsc.timescales.adapters;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.timescales.ChildEvent;
import uk.opencsc.timescales.ChildJourney;
import uk.opencsc.timescales.ComposedJourneys;
import uk.opencsc.timescales.DatesOfBirth;
import uk.opencsc.timescales.JourneyEventSource;
import uk.opencsc.timescales.EventType;
import uk.opencsc.timescales.RuleCatalogue;
import uk.opencsc.timescales.TimescaleRules;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimescalesCommandTest {

    static final UUID KNOWN_WITHOUT_EVENTS = UUID.fromString("3f2b8c1e-5d7a-4c1b-9e2f-0a6b8c4d2e1f");
    static final UUID KNOWN_WITH_EVENTS = UUID.fromString("7a1c9e2f-0b3d-4e5f-8a6b-1c2d3e4f5a6b");

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(List<JourneyEventSource> sources, String... args) {
        var clock = Clock.fixed(LocalDate.of(2026, 3, 30).atStartOfDay(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));
        var command = new CommandLine(new TimescalesCommand(() -> TimescaleRules.of(RuleCatalogue.standard()),
                WorkingDayCalendar.englandAndWales(), new ComposedJourneys(sources, ON_RECORD), clock));
        command.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    /** Both known children are on record; only one has events. */
    static final DatesOfBirth ON_RECORD = ids -> {
        Map<UUID, Optional<LocalDate>> born = new HashMap<>();
        if (ids.contains(KNOWN_WITHOUT_EVENTS)) born.put(KNOWN_WITHOUT_EVENTS, Optional.empty());
        if (ids.contains(KNOWN_WITH_EVENTS)) born.put(KNOWN_WITH_EVENTS, Optional.of(LocalDate.of(2015, 1, 1)));
        return born;
    };

    static final JourneyEventSource SOME_CHILDREN = ids -> ids.contains(KNOWN_WITH_EVENTS)
            ? Map.of(KNOWN_WITH_EVENTS, List.of(ChildEvent.on(EventType.STRATEGY_DISCUSSION, LocalDate.of(2026, 3, 6))))
            : Map.of();

    @Test
    void with_no_journey_module_yet_every_child_is_unknown_and_it_says_why() {
        assertThat(run(List.of(), "due", "--child", KNOWN_WITH_EVENTS.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("No child with ID " + KNOWN_WITH_EVENTS + " is known")
                .contains("no module records children's journeys yet");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void an_unknown_child_is_reported_with_exit_1() {
        assertThat(run(List.of(SOME_CHILDREN), "due", "--child", UUID.randomUUID().toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is known.");
    }

    @Test
    void a_known_child_with_no_recorded_events_is_reported_with_exit_0() {
        assertThat(run(List.of(SOME_CHILDREN), "due", "--child", KNOWN_WITHOUT_EVENTS.toString())).isZero();
        assertThat(out.toString()).contains("has no recorded events");
    }

    @Test
    void a_childs_due_work_is_listed_with_state_and_what_would_meet_it() {
        assertThat(run(List.of(SOME_CHILDREN), "due", "--child", KNOWN_WITH_EVENTS.toString())).isZero();
        assertThat(out.toString())
                .contains("2026-03-27  Overdue by 1 working day, no reason recorded")
                .contains("Initial child protection conference #1; met by: Initial child protection conference held")
                .contains("1 obligations, 1 overdue, 0 due today");
    }

    @Test
    void a_child_id_that_is_not_an_id_is_refused_naming_the_option() {
        assertThat(run(List.of(SOME_CHILDREN), "due", "--child", "Jane Smith")).isNotZero();
        assertThat(err.toString()).contains("--child must be a child's record ID").contains("Jane Smith").doesNotContain("\tat ");
    }

    @Test
    void a_missing_child_option_is_refused_naming_it() {
        assertThat(run(List.of(SOME_CHILDREN), "due")).isNotZero();
        assertThat(err.toString()).contains("--child");
    }
}
