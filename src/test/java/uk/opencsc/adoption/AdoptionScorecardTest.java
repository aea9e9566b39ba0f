package uk.opencsc.adoption;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AdoptionScorecardTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static AdoptionMilestones milestones(LocalDate enteredCare, LocalDate adm, LocalDate po, LocalDate matched, LocalDate early,
                                         LocalDate placed, LocalDate reversed) {
        return new AdoptionMilestones(enteredCare, adm, PlacementAuthority.PLACEMENT_ORDER, po, po == null ? null : "Court",
                matched, null, early == null ? null : EarlyPlacementKind.FOSTERING_FOR_ADOPTION, early, placed, null, reversed,
                reversed == null ? null : ReversalReason.RD3, Set.of(), null, null);
    }

    @Test
    void a1_counts_the_days_from_entering_care_to_moving_in_with_the_adoptive_family() {
        var m = milestones(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 1), LocalDate.of(2024, 10, 1),
                null, LocalDate.of(2025, 3, 2), null);
        var a1 = AdoptionScorecard.a1(m, TODAY).orElseThrow();
        assertThat(a1.days()).isEqualTo(426);
        assertThat(a1.complete()).isTrue();
        assertThat(a1.overThreshold()).as("426 days is within the 426-day threshold").isFalse();
    }

    @Test
    void a1_over_426_days_is_over_the_threshold() {
        var m = milestones(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 1), LocalDate.of(2024, 10, 1),
                null, LocalDate.of(2025, 3, 3), null);
        assertThat(AdoptionScorecard.a1(m, TODAY).orElseThrow().overThreshold()).isTrue();
    }

    @Test
    void a1_still_running_counts_the_days_so_far_while_the_plan_is_open() {
        var m = milestones(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), null, null, null, null, null);
        var a1 = AdoptionScorecard.a1(m, TODAY).orElseThrow();
        assertThat(a1.complete()).isFalse();
        assertThat(a1.days()).isEqualTo(151);
    }

    @Test
    void a_reversed_plan_stops_its_running_clocks() {
        var m = milestones(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), null, null, null, null, LocalDate.of(2026, 4, 1));
        assertThat(AdoptionScorecard.of(m, TODAY)).isEmpty();
    }

    @Test
    void a2_counts_the_days_from_the_placement_order_to_the_match_against_121() {
        var m = milestones(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 1), LocalDate.of(2024, 11, 30),
                null, null, null);
        var a2 = AdoptionScorecard.a2(m, TODAY).orElseThrow();
        assertThat(a2.days()).isEqualTo(121);
        assertThat(a2.thresholdDays()).isEqualTo(121);
        assertThat(a2.overThreshold()).isFalse();
    }

    @Test
    void a2_is_zero_for_a_child_matched_before_the_placement_order() {
        var m = milestones(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 1), LocalDate.of(2024, 7, 1),
                null, null, null);
        assertThat(AdoptionScorecard.a2(m, TODAY).orElseThrow().days()).isZero();
    }

    @Test
    void a10_ends_when_the_child_moved_in_with_the_carers_who_adopt() {
        var m = milestones(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 8, 1), LocalDate.of(2024, 9, 1),
                LocalDate.of(2024, 2, 10), LocalDate.of(2024, 9, 20), null);
        assertThat(AdoptionScorecard.a10(m, TODAY).orElseThrow().days()).isEqualTo(40);
        assertThat(AdoptionScorecard.of(m, TODAY)).extracting(AdoptionScorecard.Timing::measure).containsExactly("A1", "A10", "A2");
    }

    @Test
    void no_measure_applies_before_the_child_entered_care_or_a_placement_order() {
        assertThat(AdoptionScorecard.of(AdoptionMilestones.none(), TODAY)).isEmpty();
    }
}
