package uk.opencsc.platform.cli;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentilesTest {

    @Test
    void a_percentile_is_the_nearest_ranked_measured_time() {
        // 1 ms .. 100 ms, shuffled order does not matter
        long[] nanos = LongStream.rangeClosed(1, 100).map(i -> (101 - i) * 1_000_000).toArray();
        Percentiles p = Percentiles.ofNanos(nanos);
        assertThat(p.p50Millis()).isEqualTo(50.0);
        assertThat(p.p95Millis()).isEqualTo(95.0);
        assertThat(p.p99Millis()).isEqualTo(99.0);
        assertThat(p.maxMillis()).isEqualTo(100.0);
        assertThat(p.samples()).isEqualTo(100);
    }

    @Test
    void one_sample_is_every_percentile() {
        Percentiles p = Percentiles.ofNanos(new long[]{7_500_000});
        assertThat(p.p50Millis()).isEqualTo(7.5);
        assertThat(p.p95Millis()).isEqualTo(7.5);
    }

    @Test
    void no_samples_is_refused() {
        assertThatThrownBy(() -> Percentiles.ofNanos(new long[0])).hasMessageContaining("No timings");
    }
}
