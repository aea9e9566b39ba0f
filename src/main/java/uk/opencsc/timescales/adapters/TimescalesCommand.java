package uk.opencsc.timescales.adapters;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.platform.cli.IsoDate;
import uk.opencsc.platform.cli.TopLevelCommand;
import uk.opencsc.timescales.ChildEvent;
import uk.opencsc.timescales.ChildJourney;
import uk.opencsc.timescales.ChildJourneys;
import uk.opencsc.timescales.ComposedJourneys;
import uk.opencsc.timescales.DueWork;
import uk.opencsc.timescales.EventType;
import uk.opencsc.timescales.Obligation;
import uk.opencsc.timescales.ObligationState;
import uk.opencsc.timescales.TimescaleRules;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code timescales due --child ID}: a child's due work from the command line. It reads the journey from the
 * {@link ComposedJourneys} of every module's events; until a module records journeys no child is known, and it says so.
 */
@Component
@Command(name = "timescales", mixinStandardHelpOptions = true, description = "Statutory and local timescales.")
public class TimescalesCommand implements TopLevelCommand, Runnable {

    private final Supplier<TimescaleRules> rules;
    private final WorkingDayCalendar calendar;
    private final ComposedJourneys journeys;
    private final Clock clock;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Autowired
    TimescalesCommand(TimescaleSettings settings, WorkingDayCalendar calendar, ComposedJourneys journeys,
                      Optional<Clock> clock) {
        this(settings::rules, calendar, journeys, clock.orElse(Clock.systemDefaultZone()));
    }

    TimescalesCommand(Supplier<TimescaleRules> rules, WorkingDayCalendar calendar, ComposedJourneys journeys,
                      Clock clock) {
        this.rules = rules;
        this.calendar = calendar;
        this.journeys = journeys;
        this.clock = clock;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "due", mixinStandardHelpOptions = true,
            description = "List every obligation of a child's journey with its due date and state; exits 1 if the child is unknown.")
    int due(@Option(names = "--child", required = true, paramLabel = "ID", description = "the child's record ID") String child,
            @Option(names = "--on", paramLabel = "DATE", description = "judge as on this day, yyyy-MM-dd (default: today)",
                    converter = IsoDate.class) LocalDate on) {
        UUID childId;
        try {
            childId = UUID.fromString(child.trim());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine().getSubcommands().get("due"),
                    "--child must be a child's record ID, like 3f2b8c1e-5d7a-4c1b-9e2f-0a6b8c4d2e1f; was '" + child + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        Optional<ChildJourney> journey = journeys.find(childId);
        if (journey.isEmpty()) {
            spec.commandLine().getErr().println(!journeys.hasSources()
                    ? "No child with ID " + childId + " is known: no module records children's journeys yet."
                    : "No child with ID " + childId + " is known.");
            return 1;
        }
        if (journey.get().events().isEmpty()) {
            out.println("Child " + childId + " has no recorded events, so no timescale applies yet.");
            return 0;
        }
        LocalDate today = on != null ? on : LocalDate.now(clock);
        List<Obligation> obligations = new ArrayList<>(new DueWork(rules.get(), calendar).forChild(journey.get(), today));
        obligations.sort(Comparator.comparing(Obligation::dueOn));
        for (Obligation o : obligations) {
            out.printf("%s  %-34s  %s #%d; met by: %s%n", o.dueOn(), state(o), o.rule().name(), o.occurrence(),
                    o.wouldBeSatisfiedBy().stream().map(EventType::label).sorted().collect(Collectors.joining(" or ")));
        }
        long overdue = obligations.stream().filter(o -> o.state() == ObligationState.OVERDUE).count();
        long dueToday = obligations.stream().filter(o -> o.state() == ObligationState.DUE_TODAY).count();
        out.printf("timescales due: child %s on %s, %d obligations, %d overdue, %d due today%n", childId, today,
                obligations.size(), overdue, dueToday);
        return 0;
    }

    private static String state(Obligation o) {
        String late = o.workingDaysLate() == 1 ? " by 1 working day" : " by " + o.workingDaysLate() + " working days";
        String reason = o.missed() ? (o.reasonRecorded() ? ", reason recorded" : ", no reason recorded") : "";
        return switch (o.state()) {
            case OVERDUE, MET_LATE -> o.state().label() + late + reason;
            case NO_LONGER_NEEDED -> o.workingDaysLate() > 0 ? o.state().label() + " (was late" + late + ")" : o.state().label();
            default -> o.state().label();
        };
    }
}
