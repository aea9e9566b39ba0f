package uk.opencsc.returns.cin;

import java.time.LocalDate;
import java.time.MonthDay;

import uk.opencsc.calendar.WorkingDayCalendar;

/**
 * A CIN census collection year: 1 April to 31 March, named by the year it ends in (the 2026 census covers
 * 1 April 2025 to 31 March 2026, its reference date). Rules that count working days use the calendar here.
 */
public record CensusPeriod(int yearEnding, WorkingDayCalendar calendar) {

    private static final MonthDay FIRST_DAY = MonthDay.of(4, 1);
    private static final MonthDay REFERENCE_DAY = MonthDay.of(3, 31);

    public CensusPeriod {
        if (yearEnding < 2000 || yearEnding > 2100) {
            throw new IllegalArgumentException("a census year is between 2000 and 2100, not " + yearEnding);
        }
        if (calendar == null) {
            throw new IllegalArgumentException("a census period needs a working-day calendar");
        }
    }

    public static CensusPeriod yearEnding(int year) {
        return new CensusPeriod(year, WorkingDayCalendar.englandAndWales());
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

    /** 31 March: the census's reference date and the last day of its collection period. */
    public LocalDate referenceDate() {
        return REFERENCE_DAY.atYear(yearEnding);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start()) && !date.isAfter(referenceDate());
    }
}
