package uk.opencsc.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * The eight regular England and Wales bank holidays (Banking and Financial Dealings Act 1971, Schedule 1,
 * and the royal proclamations that add New Year's Day and the early May holiday), each as a function of the
 * year, substitute days included. One-off days (a jubilee, a state funeral) and days moved by proclamation
 * cannot be computed: they come from the published data or from configuration.
 */
public enum BankHolidayRule {
    NEW_YEARS_DAY("New Year’s Day") {
        @Override
        public LocalDate dateIn(int year) {
            return nextWeekdayIfWeekend(LocalDate.of(year, Month.JANUARY, 1));
        }
    },
    GOOD_FRIDAY("Good Friday") {
        @Override
        public LocalDate dateIn(int year) {
            return easterSunday(year).minusDays(2);
        }
    },
    EASTER_MONDAY("Easter Monday") {
        @Override
        public LocalDate dateIn(int year) {
            return easterSunday(year).plusDays(1);
        }
    },
    EARLY_MAY("Early May bank holiday") {
        @Override
        public LocalDate dateIn(int year) {
            return LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        }
    },
    SPRING("Spring bank holiday") {
        @Override
        public LocalDate dateIn(int year) {
            return LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        }
    },
    SUMMER("Summer bank holiday") {
        @Override
        public LocalDate dateIn(int year) {
            return LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        }
    },
    /** On a Saturday or Sunday, Christmas is kept on the first weekday not taken by Boxing Day. */
    CHRISTMAS_DAY("Christmas Day") {
        @Override
        public LocalDate dateIn(int year) {
            LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
            return switch (christmas.getDayOfWeek()) {
                case SATURDAY -> christmas.plusDays(2);   // Monday 27th; Boxing Day moves to Tuesday
                case SUNDAY -> christmas.plusDays(2);     // Tuesday 27th; Boxing Day keeps Monday 26th
                default -> christmas;
            };
        }
    },
    BOXING_DAY("Boxing Day") {
        @Override
        public LocalDate dateIn(int year) {
            LocalDate boxingDay = LocalDate.of(year, Month.DECEMBER, 26);
            return switch (boxingDay.getDayOfWeek()) {
                case SATURDAY -> boxingDay.plusDays(2);   // Monday 28th (Christmas was a Friday)
                case SUNDAY -> boxingDay.plusDays(2);     // Tuesday 28th (Christmas took Monday 27th)
                default -> boxingDay;
            };
        }
    };

    private final String label;

    BankHolidayRule(String label) {
        this.label = label;
    }

    /** The day the holiday is kept in {@code year}, after any substitution for a weekend. */
    public abstract LocalDate dateIn(int year);

    /** The holiday as gov.uk lists it, "(substitute day)" added when it is not on its own date. */
    public BankHoliday holidayIn(int year) {
        LocalDate date = dateIn(year);
        boolean substitute = switch (this) {
            case NEW_YEARS_DAY -> date.getDayOfMonth() != 1;
            case CHRISTMAS_DAY -> date.getDayOfMonth() != 25;
            case BOXING_DAY -> date.getDayOfMonth() != 26;
            default -> false;
        };
        return new BankHoliday(date, substitute ? label + " (substitute day)" : label);
    }

    /**
     * Easter Sunday in the Gregorian calendar, by the anonymous Gregorian computus (Meeus/Jones/Butcher).
     */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate nextWeekdayIfWeekend(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }
}
