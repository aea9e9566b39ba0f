package uk.opencsc.workforce;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FteAdjustedCaseloadTest {

    @Test
    void a_half_time_worker_holding_9_weighs_like_a_full_time_worker_holding_18() {
        assertThat(FteAdjustedCaseload.of(new BigDecimal("9"), new BigDecimal("0.5"))).isEqualByComparingTo("18");
        assertThat(FteAdjustedCaseload.of(new BigDecimal("18"), BigDecimal.ONE)).isEqualByComparingTo("18");
    }

    @Test
    void the_adjusted_caseload_is_rounded_half_up_to_two_decimals() {
        // 10 / 0.6 = 16.666...
        assertThat(FteAdjustedCaseload.of(BigDecimal.TEN, new BigDecimal("0.6"))).isEqualTo(new BigDecimal("16.67"));
        // 1 / 0.8 = 1.25 exactly
        assertThat(FteAdjustedCaseload.of(BigDecimal.ONE, new BigDecimal("0.8"))).isEqualTo(new BigDecimal("1.25"));
    }

    @Test
    void a_worker_whose_fte_is_not_recorded_counts_as_full_time() {
        assertThat(FteAdjustedCaseload.of(new BigDecimal("12.5"), null)).isEqualByComparingTo("12.5");
    }

    @Test
    void an_fte_of_nought_is_refused_rather_than_dividing_by_it() {
        assertThatThrownBy(() -> FteAdjustedCaseload.of(BigDecimal.ONE, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
