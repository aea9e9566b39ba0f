package uk.opencsc.calendar;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDayCalendarProperties {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    @Provide
    Arbitrary<LocalDate> dates() {
        // inside and beyond the precomputed table, so both ways of counting are checked
        return Arbitraries.longs().between(LocalDate.of(1940, 1, 1).toEpochDay(), LocalDate.of(2260, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property(tries = 2000)
    void adding_n_working_days_lands_on_a_working_day(@ForAll("dates") LocalDate date, @ForAll @IntRange(min = 1, max = 400) int n) {
        assertThat(CALENDAR.isWorkingDay(CALENDAR.addWorkingDays(date, WorkingDays.of(n)))).isTrue();
    }

    @Property(tries = 2000)
    void counting_back_from_n_working_days_later_gives_n(@ForAll("dates") LocalDate date, @ForAll @IntRange(min = 0, max = 400) int n) {
        LocalDate later = CALENDAR.addWorkingDays(date, WorkingDays.of(n));
        assertThat(CALENDAR.workingDaysBetween(date, later)).isEqualTo(n);
    }

    @Property(tries = 200)
    void no_working_day_is_skipped_before_the_nth(@ForAll("dates") LocalDate date, @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate nth = CALENDAR.addWorkingDays(date, WorkingDays.of(n));
        LocalDate previous = CALENDAR.addWorkingDays(date, WorkingDays.of(n - 1));
        for (LocalDate d = previous.plusDays(1); d.isBefore(nth); d = d.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(d)).as(d.toString()).isFalse();
        }
    }

    /**
     * Every regular holiday in the published list falls where the rules compute it, except where the list
     * itself says a proclamation moved it; one-off days are extra. So computed future years can be trusted.
     */
    @Property
    void computed_bank_holidays_match_the_published_list_for_every_published_year(@ForAll("publishedYears") int year) {
        List<BankHolidays.PublishedBankHoliday> published = BankHolidays.published().stream()
                .filter(p -> p.holiday().date().getYear() == year).toList();
        var regular = published.stream().filter(p -> p.rule().isPresent())
                .collect(Collectors.toMap(p -> p.rule().get(), p -> p));
        assertThat(regular).hasSize(BankHolidayRule.values().length);
        for (BankHolidayRule rule : BankHolidayRule.values()) {
            var day = regular.get(rule);
            if (!day.moved()) {
                assertThat(day.holiday()).as(rule + " in " + year).isEqualTo(rule.holidayIn(year));
            } else {
                assertThat(day.holiday().date()).as(rule + " moved in " + year).isNotEqualTo(rule.dateIn(year));
            }
        }
        assertThat(published.stream().map(p -> p.rule()).filter(Optional::isEmpty).count())
                .as("one-off days in " + year).isLessThanOrEqualTo(2);
    }

    @Provide
    Arbitrary<Integer> publishedYears() {
        var holidays = BankHolidays.englandAndWales();
        return Arbitraries.integers().between(holidays.firstPublishedYear(), holidays.lastPublishedYear());
    }
}
