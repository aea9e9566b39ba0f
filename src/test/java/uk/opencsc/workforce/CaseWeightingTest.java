package uk.opencsc.workforce;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseWeightingTest {

    static CaseWeighting defaults() {
        return new CaseWeighting(Map.of(CaseType.CHILD_PROTECTION, new BigDecimal("1.5"), CaseType.LOOKED_AFTER, new BigDecimal("1.5"),
                CaseType.CHILD_IN_NEED, BigDecimal.ONE, CaseType.ASSESSMENT_OR_OTHER, BigDecimal.ONE));
    }

    @Test
    void a_child_protection_plan_takes_precedence_over_looked_after_over_a_child_in_need_plan_over_anything_else() {
        assertThat(CaseType.of(java.util.Set.of(CaseType.CHILD_IN_NEED, CaseType.LOOKED_AFTER, CaseType.CHILD_PROTECTION)))
                .isEqualTo(CaseType.CHILD_PROTECTION);
        assertThat(CaseType.of(List.of(CaseType.CHILD_IN_NEED, CaseType.LOOKED_AFTER))).isEqualTo(CaseType.LOOKED_AFTER);
        assertThat(CaseType.of(List.of(CaseType.CHILD_IN_NEED))).isEqualTo(CaseType.CHILD_IN_NEED);
        assertThat(CaseType.of(List.of())).isEqualTo(CaseType.ASSESSMENT_OR_OTHER);
    }

    @Test
    void a_weighted_caseload_adds_each_childs_weight_by_case_type() {
        // 2 on child protection plans (1.5 each), 3 on child in need plans, 1 being assessed: 3 + 3 + 1
        assertThat(defaults().weighted(List.of(CaseType.CHILD_PROTECTION, CaseType.CHILD_PROTECTION, CaseType.CHILD_IN_NEED,
                CaseType.CHILD_IN_NEED, CaseType.CHILD_IN_NEED, CaseType.ASSESSMENT_OR_OTHER))).isEqualByComparingTo("7");
    }

    @Test
    void a_worker_holding_no_children_has_a_weighted_caseload_of_nought() {
        assertThat(defaults().weighted(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void every_case_type_needs_a_weight_from_0_to_10_with_at_most_two_decimals_named_by_its_field() {
        Map<CaseType, BigDecimal> weights = new EnumMap<>(defaults().weights());
        weights.remove(CaseType.LOOKED_AFTER);
        weights.put(CaseType.CHILD_PROTECTION, new BigDecimal("10.01"));
        weights.put(CaseType.CHILD_IN_NEED, new BigDecimal("1.125"));
        weights.put(CaseType.ASSESSMENT_OR_OTHER, new BigDecimal("10"));
        assertThat(CaseWeighting.problems(weights)).extracting(p -> p.field())
                .containsExactly("weightChildProtection", "weightLookedAfter", "weightChildInNeed");
        assertThatThrownBy(() -> new CaseWeighting(weights)).isInstanceOf(IllegalArgumentException.class);
        weights.put(CaseType.CHILD_PROTECTION, BigDecimal.ZERO);
        weights.put(CaseType.LOOKED_AFTER, new BigDecimal("2.50"));
        weights.put(CaseType.CHILD_IN_NEED, new BigDecimal("-0.5"));
        assertThat(CaseWeighting.problems(weights)).extracting(p -> p.field()).containsExactly("weightChildInNeed");
    }
}
