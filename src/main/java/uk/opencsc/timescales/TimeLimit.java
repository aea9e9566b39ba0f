package uk.opencsc.timescales;

import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.calendar.WorkingDays;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * How long after a start something is due, as the law states it: "15 working days", "3 months", "72 hours".
 *
 * @param amount one or more
 */
public record TimeLimit(int amount, PeriodUnit unit) {

    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new IllegalArgumentException("A time limit must be at least 1 " + unit.label() + ", was " + amount);
        }
    }

    public static TimeLimit of(int amount, PeriodUnit unit) {
        return new TimeLimit(amount, unit);
    }

    /**
     * The last day on which something started on {@code start} is on time. Counting starts the day after
     * {@code start} unless {@code countsStartDay} ("within 26 weeks beginning with the day ..."), which makes
     * the limit end a day earlier. For hours, the day on which the hours run out from the start of {@code start}.
     */
    public LocalDate dueOn(LocalDate start, boolean countsStartDay, WorkingDayCalendar calendar) {
        LocalDate due = switch (unit) {
            case HOURS -> start.atStartOfDay().plusHours(amount).toLocalDate();
            case WORKING_DAYS -> calendar.addWorkingDays(start, WorkingDays.of(amount));
            case DAYS -> start.plusDays(amount);
            case WEEKS -> start.plusWeeks(amount);
            case MONTHS -> start.plusMonths(amount);
        };
        if (countsStartDay && unit != PeriodUnit.HOURS) {
            // a working-day count beginning with the start day ends one working day earlier
            return unit == PeriodUnit.WORKING_DAYS
                    ? calendar.addWorkingDays(start, WorkingDays.of(amount - 1)) : due.minusDays(1);
        }
        return due;
    }

    /** For limits in hours: the moment they run out. */
    public LocalDateTime dueBy(LocalDateTime start) {
        if (unit != PeriodUnit.HOURS) {
            throw new IllegalStateException("Only a limit in hours has a due moment, this is in " + unit.label());
        }
        return start.plusHours(amount);
    }

    @Override
    public String toString() {
        return amount + " " + (amount == 1 ? unit.label().replaceAll("s$", "") : unit.label());
    }
}
