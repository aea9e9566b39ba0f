package uk.opencsc.workforce;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupervisionDueTest {

    final SupervisionDue standard = new SupervisionDue(4, 2);
    final LocalDate today = LocalDate.of(2025, 6, 16);

    @Test
    void a_worker_is_due_supervision_four_weeks_after_the_last() {
        assertThat(standard.nextDue(LocalDate.of(2025, 6, 2), LocalDate.of(2019, 1, 7), LocalDate.of(2018, 7, 1), today))
                .isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void a_newly_qualified_worker_is_due_two_weeks_after_the_last_in_their_first_year_and_four_after_it() {
        LocalDate qualified = LocalDate.of(2024, 7, 1);
        assertThat(standard.nextDue(LocalDate.of(2025, 6, 2), LocalDate.of(2024, 9, 2), qualified, today))
                .isEqualTo(LocalDate.of(2025, 6, 16));
        // the first anniversary of qualifying is the last day of the first year
        assertThat(standard.nextDue(LocalDate.of(2025, 7, 1), LocalDate.of(2024, 9, 2), qualified, today))
                .isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(standard.nextDue(LocalDate.of(2025, 7, 2), LocalDate.of(2024, 9, 2), qualified, today))
                .isEqualTo(LocalDate.of(2025, 7, 30));
    }

    @Test
    void a_worker_never_supervised_is_due_one_interval_after_starting_or_today_when_the_start_is_not_recorded() {
        assertThat(standard.nextDue(null, LocalDate.of(2025, 6, 9), null, today)).isEqualTo(LocalDate.of(2025, 7, 7));
        assertThat(standard.nextDue(null, null, null, today)).isEqualTo(today);
    }

    @Test
    void supervision_is_overdue_the_day_after_it_is_due_not_on_the_day() {
        LocalDate due = LocalDate.of(2025, 6, 16);
        assertThat(SupervisionDue.overdue(due, due)).isFalse();
        assertThat(SupervisionDue.overdue(due, due.plusDays(1))).isTrue();
        assertThat(SupervisionDue.overdue(due, due.minusDays(1))).isFalse();
    }

    @Test
    void a_frequency_is_from_1_to_26_weeks_named_by_its_field() {
        assertThat(SupervisionDue.problems(0, 27)).extracting(p -> p.field())
                .containsExactly("supervisionWeeks", "newlyQualifiedSupervisionWeeks");
        assertThat(SupervisionDue.problems(1, 26)).isEmpty();
        assertThatThrownBy(() -> new SupervisionDue(0, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_leaders_footprint_is_the_share_of_children_with_a_managers_entry_rounded_half_up() {
        LocalDate since = today.minusWeeks(4);
        assertThat(new LeadersFootprint(since, 8, 1).percent()).isEqualTo(13); // 12.5
        assertThat(new LeadersFootprint(since, 3, 2).percent()).isEqualTo(67);
        assertThat(new LeadersFootprint(since, 0, 0).percent()).isZero();
        assertThatThrownBy(() -> new LeadersFootprint(since, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
