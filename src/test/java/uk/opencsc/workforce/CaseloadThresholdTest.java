package uk.opencsc.workforce;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseloadThresholdTest {

    final CaseloadThreshold eighteen = new CaseloadThreshold(new BigDecimal("18"));

    @Test
    void a_worker_above_the_threshold_is_flagged_and_one_exactly_at_it_is_not() {
        assertThat(eighteen.exceededBy(new BigDecimal("18.01"))).isTrue();
        assertThat(eighteen.exceededBy(new BigDecimal("18.00"))).isFalse();
        assertThat(eighteen.exceededBy(new BigDecimal("17.99"))).isFalse();
    }

    @Test
    void a_part_time_worker_is_flagged_on_their_fte_adjusted_caseload_not_their_count() {
        // 10 children on CIN plans at 0.5 FTE: 20 per full-time post
        assertThat(eighteen.exceededBy(FteAdjustedCaseload.of(BigDecimal.TEN, new BigDecimal("0.5")))).isTrue();
    }

    @Test
    void a_threshold_must_be_more_than_nought() {
        assertThatThrownBy(() -> new CaseloadThreshold(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
