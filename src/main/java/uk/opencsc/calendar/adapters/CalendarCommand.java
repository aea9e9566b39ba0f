package uk.opencsc.calendar.adapters;

import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.opencsc.calendar.BankHoliday;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.calendar.WorkingDays;
import uk.opencsc.platform.cli.IsoDate;
import uk.opencsc.platform.cli.TopLevelCommand;

import java.time.LocalDate;

/** {@code calendar ...}: the working-day calendar from the command line, for checking a deadline by hand. */
@Component
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "England and Wales bank holidays and working-day arithmetic "
                + "(\"within N working days of X\" counts from the day after X).")
public class CalendarCommand implements TopLevelCommand, Runnable {

    private final WorkingDayCalendar calendar;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public CalendarCommand(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "bank-holidays", mixinStandardHelpOptions = true,
            description = "List the England and Wales bank holidays of YEAR, one ISO date and name per line.")
    int bankHolidays(@Parameters(paramLabel = "YEAR", description = "a year, e.g. 2027") int year) {
        if (year < 1 || year > 9999) {
            throw new CommandLine.ParameterException(subcommand("bank-holidays"), "YEAR must be between 1 and 9999, was " + year);
        }
        for (BankHoliday holiday : calendar.bankHolidays().in(year)) {
            spec.commandLine().getOut().println(holiday.date() + " " + holiday.name());
        }
        return 0;
    }

    @Command(name = "add-working-days", mixinStandardHelpOptions = true,
            description = "Print the N-th working day after DATE (day 1 is the first working day after DATE).")
    int addWorkingDays(@Parameters(paramLabel = "DATE", description = "yyyy-MM-dd", converter = IsoDate.class) LocalDate date,
                       @Parameters(paramLabel = "N", description = "working days, 0 or more") int n) {
        if (n < 0) {
            throw new CommandLine.ParameterException(subcommand("add-working-days"), "N must be 0 or more working days, was " + n);
        }
        spec.commandLine().getOut().println(calendar.addWorkingDays(date, WorkingDays.of(n)));
        return 0;
    }

    @Command(name = "working-days-between", mixinStandardHelpOptions = true,
            description = "Print how many working days TO is after FROM: the working days after FROM up to and including TO.")
    int workingDaysBetween(@Parameters(paramLabel = "FROM", description = "yyyy-MM-dd, not counted", converter = IsoDate.class) LocalDate from,
                           @Parameters(paramLabel = "TO", description = "yyyy-MM-dd, counted", converter = IsoDate.class) LocalDate to) {
        spec.commandLine().getOut().println(calendar.workingDaysBetween(from, to));
        return 0;
    }

    /** The subcommand's own command line, so an error is followed by its usage, not the parent's. */
    private CommandLine subcommand(String name) {
        return spec.commandLine().getSubcommands().get(name);
    }
}
