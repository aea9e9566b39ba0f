package uk.opencsc.platform.cli;

import java.util.Arrays;

/**
 * Latency figures from a set of timings, by the nearest-rank method (p95 of 300 samples is the
 * 285th smallest), so a reported percentile is always a time that was actually measured.
 */
public record Percentiles(int samples, double p50Millis, double p95Millis, double p99Millis, double maxMillis) {

    public static Percentiles ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("No timings to summarise");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, millis(rank(sorted, 50)), millis(rank(sorted, 95)), millis(rank(sorted, 99)),
                millis(sorted[sorted.length - 1]));
    }

    private static long rank(long[] sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    @Override
    public String toString() {
        return String.format("%d samples: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", samples, p50Millis, p95Millis, p99Millis, maxMillis);
    }
}
