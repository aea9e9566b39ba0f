package uk.opencsc.adoption;

import org.junit.jupiter.api.Test;
import uk.opencsc.platform.validation.FieldProblem;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HouseholdRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void a_household_through_its_stages_in_order_is_accepted() {
        var h = new HouseholdDetails("F1", "Ann", "Bea", AdoptersSex.FF, AdoptersLegalStatus.L12, true, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 10), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2), LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 8, 1), ApprovedBy.PANEL_AND_ADM, null, null);
        assertThat(HouseholdRules.household(h, TODAY)).isEmpty();
    }

    @Test
    void stage_2_cannot_start_before_stage_1_ended() {
        var h = new HouseholdDetails("F1", "Ann", null, null, null, false, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 10), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 2), null, null, null, null, null);
        assertThat(HouseholdRules.household(h, TODAY)).extracting(FieldProblem::field).containsExactly("stage2Start");
    }

    @Test
    void approval_needs_stage_2_ended_and_who_approved() {
        var h = new HouseholdDetails("F1", "Ann", null, null, null, false, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 10), null, null, null, LocalDate.of(2025, 5, 1), null, null, null);
        assertThat(HouseholdRules.household(h, TODAY)).extracting(FieldProblem::field).containsExactly("approvalDate", "approvedBy");
    }

    @Test
    void leaving_needs_a_reason_and_nothing_is_in_the_future() {
        var h = new HouseholdDetails("F1", "Ann", null, null, null, false, TODAY.plusDays(1), null, null, null, null, null, null,
                LocalDate.of(2026, 5, 1), null);
        assertThat(HouseholdRules.household(h, TODAY)).extracting(FieldProblem::field)
                .containsExactly("enquiryDate", "leftDate", "leftReason");
    }
}
