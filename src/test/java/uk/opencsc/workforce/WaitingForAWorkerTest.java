package uk.opencsc.workforce;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import uk.opencsc.calendar.WorkingDayCalendar;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class WaitingForAWorkerTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    @ParameterizedTest(name = "waiting since {0}, on {1}: {2} working days ({3})")
    @CsvSource({
            "2026-03-09, 2026-03-09, 0, referred today has not yet waited a working day",
            "2026-03-06, 2026-03-09, 1, a Friday referral has waited 1 on the Monday (the weekend does not count)",
            "2026-03-07, 2026-03-09, 1, a Saturday referral counts from the Monday",
            "2026-03-02, 2026-03-16, 10, two whole weeks",
            "2026-04-02, 2026-04-07, 1, Easter: Good Friday and Easter Monday do not count",
            "2026-12-24, 2026-12-29, 1, Christmas and the Boxing Day substitute do not count",
            "2026-12-24, 2027-01-04, 4, over Christmas and New Year",
            "2026-03-10, 2026-03-09, 0, an episode recorded as starting tomorrow has waited 0"
    })
    void waiting_days_are_working_days_from_the_day_after_the_wait_began(LocalDate since, LocalDate today, int days, String why) {
        assertThat(WaitingForAWorker.workingDaysWaited(since, today, CALENDAR)).as(why).isEqualTo(days);
    }

    @Test
    void a_child_never_allocated_waits_from_the_start_of_their_episode() {
        assertThat(WaitingForAWorker.waitingSince(LocalDate.of(2026, 3, 2), null)).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void a_child_whose_allocation_ended_during_the_episode_waits_again_from_that_day() {
        assertThat(WaitingForAWorker.waitingSince(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void an_allocation_that_ended_before_the_episode_began_does_not_shorten_the_wait() {
        assertThat(WaitingForAWorker.waitingSince(LocalDate.of(2026, 3, 2), LocalDate.of(2025, 6, 1))).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void a_reallocation_gap_counts_only_its_working_days() {
        // allocation ended Friday 20 March 2026; on Tuesday 24 March the child has waited Monday and Tuesday
        LocalDate since = WaitingForAWorker.waitingSince(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 20));
        assertThat(WaitingForAWorker.workingDaysWaited(since, LocalDate.of(2026, 3, 24), CALENDAR)).isEqualTo(2);
    }
}
