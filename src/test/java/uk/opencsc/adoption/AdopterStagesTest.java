package uk.opencsc.adoption;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AdopterStagesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static HouseholdDetails household(LocalDate s1s, LocalDate s1e, LocalDate s2s, LocalDate s2e, LocalDate approved, LocalDate left) {
        return new HouseholdDetails("F9", "Cal Jones", null, AdoptersSex.M1, AdoptersLegalStatus.L0, false,
                LocalDate.of(2025, 12, 1), s1s, s1e, s2s, s2e, approved, approved == null ? null : ApprovedBy.PANEL_AND_ADM,
                left, left == null ? null : AdopterLeavingReason.WITHDREW);
    }

    @Test
    void stage_1_is_due_two_months_after_it_starts() {
        assertThat(AdopterStages.stage1Due(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(AdopterStages.stage1Due(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void stage_2_is_due_four_months_after_it_starts() {
        assertThat(AdopterStages.stage2Due(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2026, 5, 15));
    }

    @Test
    void a_stage_1_running_past_two_months_is_overdue_by_its_days() {
        var h = household(LocalDate.of(2026, 3, 1), null, null, null, null, null);
        var timing = AdopterStages.timings(h, TODAY).getFirst();
        assertThat(timing.due()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(timing.overdue()).isTrue();
        assertThat(timing.daysLate()).isEqualTo(31);
        assertThat(AdopterStages.overdue(h, TODAY)).isTrue();
    }

    @Test
    void a_stage_1_ended_on_its_due_day_was_in_time() {
        var h = household(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), null, null, null, null);
        var timing = AdopterStages.timings(h, TODAY).getFirst();
        assertThat(timing.daysLate()).isZero();
        assertThat(timing.overdue()).isFalse();
    }

    @Test
    void a_stage_ended_late_is_late_but_no_longer_overdue() {
        var h = household(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 11), null, null, null);
        var stage1 = AdopterStages.timings(h, TODAY).getFirst();
        assertThat(stage1.daysLate()).isEqualTo(9);
        assertThat(stage1.overdue()).isFalse();
        assertThat(AdopterStages.overdue(h, TODAY)).as("stage 2 is within four months").isFalse();
    }

    @Test
    void a_household_that_left_has_no_overdue_stage_and_is_at_left() {
        var h = household(LocalDate.of(2025, 12, 1), null, null, null, null, LocalDate.of(2026, 4, 1));
        assertThat(AdopterStages.overdue(h, TODAY)).isFalse();
        assertThat(AdopterStages.stageOf(h, AdopterStages.ChildrenProgress.NONE)).isEqualTo(AdopterStages.Stage.LEFT);
    }

    @Test
    void the_stage_follows_the_furthest_step_reached_including_the_children_matched_placed_and_adopted() {
        var approved = household(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 2),
                LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1), null);
        assertThat(AdopterStages.stageOf(household(null, null, null, null, null, null), AdopterStages.ChildrenProgress.NONE))
                .isEqualTo(AdopterStages.Stage.ENQUIRY);
        assertThat(AdopterStages.stageOf(household(LocalDate.of(2026, 1, 1), null, null, null, null, null), AdopterStages.ChildrenProgress.NONE))
                .isEqualTo(AdopterStages.Stage.STAGE_1);
        assertThat(AdopterStages.stageOf(approved, AdopterStages.ChildrenProgress.NONE)).isEqualTo(AdopterStages.Stage.APPROVED);
        assertThat(AdopterStages.stageOf(approved, new AdopterStages.ChildrenProgress(1, 0, 0))).isEqualTo(AdopterStages.Stage.MATCHED);
        assertThat(AdopterStages.stageOf(approved, new AdopterStages.ChildrenProgress(1, 1, 0))).isEqualTo(AdopterStages.Stage.PLACED);
        assertThat(AdopterStages.stageOf(approved, new AdopterStages.ChildrenProgress(1, 1, 1))).isEqualTo(AdopterStages.Stage.ADOPTED);
    }
}
