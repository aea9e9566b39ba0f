package uk.opencsc.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-06 | 1  | 2026-03-09 | a Friday: day 1 is the next Monday
            2026-03-09 | 1  | 2026-03-10 | a Monday: the day itself never counts
            2026-03-07 | 1  | 2026-03-09 | a Saturday counts from the next working day
            2026-04-02 | 1  | 2026-04-07 | Maundy Thursday: Good Friday and Easter Monday are skipped
            2026-04-03 | 1  | 2026-04-07 | from Good Friday itself
            2026-12-24 | 1  | 2026-12-29 | Christmas Eve 2026: Boxing Day substitute is Monday 28th
            2027-12-24 | 1  | 2027-12-29 | Christmas 2027 on a Saturday: Monday 27th and Tuesday 28th are holidays
            2022-12-23 | 1  | 2022-12-28 | Christmas 2022 on a Sunday: Boxing Day Monday 26th, substitute Tuesday 27th
            2022-12-30 | 1  | 2023-01-03 | New Year's Day 2023 on a Sunday: substitute Monday 2nd
            2020-05-07 | 1  | 2020-05-11 | VE day 2020 moved the early May holiday to Friday 8th
            2020-05-01 | 1  | 2020-05-04 | ... so Monday 4 May 2020 was a working day
            2022-06-01 | 1  | 2022-06-06 | Platinum Jubilee: spring holiday moved to Thursday 2nd, jubilee Friday 3rd
            2022-09-16 | 1  | 2022-09-20 | State funeral, Monday 19 September 2022
            2023-05-05 | 1  | 2023-05-09 | Coronation, Monday 8 May 2023
            2026-03-06 | 15 | 2026-03-27 | three working weeks from a Friday
            2026-03-27 | 15 | 2026-04-21 | across Easter 2026
            2026-12-18 | 10 | 2027-01-06 | across Christmas and New Year
            2026-03-06 | 0  | 2026-03-06 | zero working days is the day itself
            2130-12-24 | 1  | 2130-12-27 | far future years are computed
            2250-12-24 | 1  | 2250-12-27 | beyond the precomputed table, counted day by day
            """)
    void adding_working_days_counts_from_the_day_after(LocalDate from, int n, LocalDate expected, String why) {
        assertThat(CALENDAR.addWorkingDays(from, WorkingDays.of(n))).as(why).isEqualTo(expected);
        if (CALENDAR.isWorkingDay(expected) && n > 0) {
            assertThat(CALENDAR.workingDaysBetween(from, expected)).as(why).isEqualTo(n);
        }
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2026-03-09, true", "2026-03-07, false", "2026-03-08, false", "2026-04-03, false", "2026-04-06, false",
            "2027-12-27, false", "2027-12-28, false", "2027-12-29, true", "2021-12-27, false", "2021-12-28, false",
            "2020-05-04, true", "2020-05-08, false", "2022-05-30, true", "2022-06-02, false", "2022-06-03, false",
            "1949-12-26, false", "2300-12-25, false", "2300-12-27, true"
    })
    void a_working_day_is_a_weekday_that_is_not_a_bank_holiday(LocalDate date, boolean working) {
        assertThat(CALENDAR.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void working_days_between_counts_after_the_first_date_up_to_and_including_the_second() {
        LocalDate friday = LocalDate.of(2026, 3, 6);
        assertThat(CALENDAR.workingDaysBetween(friday, friday)).isZero();
        assertThat(CALENDAR.workingDaysBetween(friday, LocalDate.of(2026, 3, 8))).isZero();
        assertThat(CALENDAR.workingDaysBetween(friday, LocalDate.of(2026, 3, 9))).isEqualTo(1);
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 3, 9), friday)).isEqualTo(-1);
    }

    @Test
    void christmas_2027_on_a_saturday_is_kept_on_monday_27_and_boxing_day_on_tuesday_28() {
        assertThat(CALENDAR.bankHolidays().in(2027)).extracting(BankHoliday::date).contains(
                LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));
        assertThat(CALENDAR.bankHolidays().in(2027)).extracting(BankHoliday::name).contains(
                "Christmas Day (substitute day)", "Boxing Day (substitute day)");
    }

    @Test
    void an_extra_one_off_day_from_configuration_is_not_a_working_day() {
        var holiday = new BankHoliday(LocalDate.of(2028, 6, 5), "Bank holiday for a royal occasion");
        var calendar = new WorkingDayCalendar(BankHolidays.englandAndWales().with(List.of(holiday)));
        assertThat(calendar.isWorkingDay(holiday.date())).isFalse();
        assertThat(calendar.bankHolidays().in(2028)).hasSize(9).contains(holiday);
        assertThat(CALENDAR.isWorkingDay(holiday.date())).isTrue();
    }

    @Test
    void an_extra_day_that_is_not_yyyy_mm_dd_equals_name_is_refused_naming_the_property() {
        assertThatThrownBy(() -> BankHolidays.parseExtra(List.of("5 June 2028 royal")))
                .hasMessageContaining("opencsc.calendar.extra-bank-holidays").hasMessageContaining("5 June 2028 royal");
    }

    @Test
    void a_negative_number_of_working_days_cannot_be_made() {
        assertThatThrownBy(() -> WorkingDays.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"2018, 2018-04-01", "2019, 2019-04-21", "2024, 2024-03-31", "2027, 2027-03-28", "2038, 2038-04-25",
            "2285, 2285-03-22"})
    void easter_sunday_is_found_by_the_computus(int year, LocalDate easter) {
        assertThat(BankHolidayRule.easterSunday(year)).isEqualTo(easter);
    }
}
