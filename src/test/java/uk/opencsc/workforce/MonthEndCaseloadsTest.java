package uk.opencsc.workforce;

import org.junit.jupiter.api.Test;
import uk.opencsc.workforce.MonthEndCaseloads.Held;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MonthEndCaseloadsTest {

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void the_month_ends_are_the_last_days_of_the_twelve_months_before_this_one_leap_february_included() {
        assertThat(MonthEndCaseloads.monthEndsBefore(d(2025, 3, 10), 12))
                .startsWith(d(2024, 3, 31), d(2024, 4, 30))
                .contains(d(2024, 12, 31))
                .endsWith(d(2025, 1, 31), d(2025, 2, 28))
                .hasSize(12);
        assertThat(MonthEndCaseloads.monthEndsBefore(d(2024, 3, 1), 1)).containsExactly(d(2024, 2, 29));
    }

    @Test
    void a_child_is_held_at_a_month_end_from_the_allocation_day_until_the_day_before_it_ended() {
        List<Held> periods = List.of(
                new Held(d(2025, 1, 31), null),              // allocated on the month end itself: held that night
                new Held(d(2025, 1, 10), d(2025, 1, 31)),    // ended on the month end: not held at it
                new Held(d(2025, 1, 10), d(2025, 2, 1)),     // ended the day after: held at 31 January
                new Held(d(2025, 2, 1), d(2025, 3, 15)),     // began after January ended
                new Held(d(2024, 6, 1), null));              // held throughout
        assertThat(MonthEndCaseloads.count(periods, List.of(d(2024, 12, 31), d(2025, 1, 31), d(2025, 2, 28), d(2025, 3, 31))))
                .extracting(MonthEndCaseloads.MonthEnd::children)
                .containsExactly(1, 3, 3, 2);
    }

    @Test
    void a_reallocation_on_a_month_end_counts_the_child_once() {
        // the first allocation ends on D as the second begins on D: [from, to) makes one of them current at the end of D
        List<Held> periods = List.of(new Held(d(2025, 1, 5), d(2025, 1, 31)), new Held(d(2025, 1, 31), null));
        assertThat(MonthEndCaseloads.count(periods, List.of(d(2025, 1, 31)))).extracting(MonthEndCaseloads.MonthEnd::children)
                .containsExactly(1);
    }
}
