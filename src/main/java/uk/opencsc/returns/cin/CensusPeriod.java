package uk.opencsc.returns.cin;

import java.time.LocalDate;
import java.time.MonthDay;

import uk.opencsc.calendar.WorkingDayCalendar;

/**
 * A CIN census collection year: 1 April to 31 March, named by the year it ends in (the 2026 census covers
 * 1 April 2025 to 31 March 2026, its reference date). Rules that count working days use the calendar here.
 *
 * @param referenceDate 31 March, or an earlier day of the year for the census as it would be if taken that day (the
 *                      check when a worker saves a form: a clock still running is not yet late)
 */
public record CensusPeriod(int yearEnding, LocalDate referenceDate, WorkingDayCalendar calendar) {

    private static final MonthDay FIRST_DAY = MonthDay.of(4, 1);
    private static final MonthDay REFERENCE_DAY = MonthDay.of(3, 31);

    public CensusPeriod {
        if (yearEnding < 2000 || yearEnding > 2100) {
            throw new IllegalArgumentException("a census year is between 2000 and 2100, not " + yearEnding);
        }
        if (referenceDate == null || referenceDate.isAfter(REFERENCE_DAY.atYear(yearEnding))
                || referenceDate.isBefore(FIRST_DAY.atYear(yearEnding - 1))) {
            throw new IllegalArgumentException("the reference date of the " + yearEnding + " census is within its year, not " + referenceDate);
        }
        if (calendar == null) {
            throw new IllegalArgumentException("a census period needs a working-day calendar");
        }
    }

    public static CensusPeriod yearEnding(int year) {
        return new CensusPeriod(year, REFERENCE_DAY.atYear(year), WorkingDayCalendar.englandAndWales());
    }

    /** The census year holding {@code day}, as if its census were taken on that day. */
    public static CensusPeriod soFar(LocalDate day) {
        CensusPeriod year = containing(day);
        return new CensusPeriod(year.yearEnding(), day, year.calendar());
    }

    /** The census year a date's collection falls in: 31 March 2026 is in 2026, 1 April 2026 in 2027. */
    public static CensusPeriod containing(LocalDate date) {
        int year = date.getMonthValue() >= 4 ? date.getYear() + 1 : date.getYear();
        return yearEnding(year);
    }

    /** 1 April before the reference date. */
    public LocalDate start() {
        return FIRST_DAY.atYear(yearEnding - 1);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start()) && !date.isAfter(referenceDate());
    }
}
