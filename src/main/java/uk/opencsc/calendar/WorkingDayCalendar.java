package uk.opencsc.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days in England: Monday to Friday, except England and Wales bank holidays.
 * <p>
 * <b>The counting convention</b>, used by every timescale in OpenCSC: "within N working days of X" counts
 * from the day <em>after</em> X. Day 1 is the first working day after X, and the deadline is the N-th. A
 * strategy discussion on Friday 6 March 2026 makes Monday 9 March day 1, and an initial conference "within
 * 15 working days" is due by Friday 27 March. X itself never counts, even when X is a working day, and an X
 * on a weekend or bank holiday counts from the next working day just the same.
 * <p>
 * A plain, immutable object built from its holiday set; it is not a Spring bean so the rules that use it
 * stay plain Java. Dates from 1950 to 2199 are answered from a precomputed table in constant time; dates
 * outside it are counted day by day.
 */
public final class WorkingDayCalendar {

    private static final LocalDate TABLE_START = LocalDate.of(1950, 1, 1);
    private static final LocalDate TABLE_END = LocalDate.of(2199, 12, 31);

    private final BankHolidays holidays;
    private final long startEpochDay;
    /** workingDaysUpTo[i]: working days in [TABLE_START, TABLE_START + i], inclusive. */
    private final int[] workingDaysUpTo;
    /** nthWorkingDay[k]: offset from TABLE_START of the k-th working day of the table (k from 1). */
    private final int[] nthWorkingDay;

    public WorkingDayCalendar(BankHolidays holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.startEpochDay = TABLE_START.toEpochDay();
        int days = (int) (TABLE_END.toEpochDay() - startEpochDay + 1);
        boolean[] bankHoliday = new boolean[days];
        for (int year = TABLE_START.getYear(); year <= TABLE_END.getYear(); year++) {
            for (BankHoliday h : holidays.in(year)) {
                bankHoliday[(int) (h.date().toEpochDay() - startEpochDay)] = true;
            }
        }
        workingDaysUpTo = new int[days];
        int[] nth = new int[days + 1];
        int count = 0;
        for (int i = 0; i < days; i++) {
            // 1970-01-01 (epoch day 0) was a Thursday: Monday is 0 in this numbering
            int dayOfWeek = (int) Math.floorMod(startEpochDay + i + 3, 7);
            if (dayOfWeek < 5 && !bankHoliday[i]) {
                count++;
                nth[count] = i;
            }
            workingDaysUpTo[i] = count;
        }
        nthWorkingDay = java.util.Arrays.copyOf(nth, count + 1);
    }

    /** England and Wales: the published list, computed later years, and no extra days. */
    public static WorkingDayCalendar englandAndWales() {
        return new WorkingDayCalendar(BankHolidays.englandAndWales());
    }

    public BankHolidays bankHolidays() {
        return holidays;
    }

    /** True for Monday to Friday unless a bank holiday. */
    public boolean isWorkingDay(LocalDate date) {
        int i = index(date);
        if (i >= 0) {
            return workingDaysUpTo[i] != (i == 0 ? 0 : workingDaysUpTo[i - 1]);
        }
        return isWeekday(date) && !holidays.contains(date);
    }

    /**
     * The N-th working day after {@code date}, by the convention above: {@code addWorkingDays(friday, 1)} is
     * the next Monday (or Tuesday after a bank holiday Monday). Zero working days is {@code date} itself.
     */
    public LocalDate addWorkingDays(LocalDate date, WorkingDays n) {
        Objects.requireNonNull(date, "date");
        int i = index(date);
        if (i >= 0) {
            int k = workingDaysUpTo[i] + n.count();
            if (n.count() == 0) {
                return date;
            }
            if (k < nthWorkingDay.length) {
                return LocalDate.ofEpochDay(startEpochDay + nthWorkingDay[k]);
            }
        }
        LocalDate day = date;
        for (int left = n.count(); left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The working days in the half-open range ({@code fromExclusive}, {@code toInclusive}]: how many working
     * days {@code toInclusive} is after {@code fromExclusive}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}. Negative when {@code toInclusive} is earlier.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int from = index(fromExclusive);
        int to = index(toInclusive);
        if (from >= 0 && to >= 0) {
            return workingDaysUpTo[to] - workingDaysUpTo[from];
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private int index(LocalDate date) {
        long i = date.toEpochDay() - startEpochDay;
        return i >= 0 && i < workingDaysUpTo.length ? (int) i : -1;
    }

    private static boolean isWeekday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
