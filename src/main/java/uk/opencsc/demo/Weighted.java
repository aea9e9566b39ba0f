package uk.opencsc.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A discrete distribution: values with relative weights (they need not sum to 1 or 100), drawn with a
 * caller's random source so a whole population is reproducible from one seed.
 */
record Weighted<T>(List<T> values, double[] cumulative) {

    Weighted {
        values = List.copyOf(values);
        if (values.isEmpty() || values.size() != cumulative.length) {
            throw new IllegalArgumentException("A distribution needs one weight per value");
        }
    }

    /** The values in insertion order with their weights; every weight must be positive. */
    static <T> Weighted<T> of(Map<T, Double> weights) {
        List<T> values = new ArrayList<>(weights.size());
        double[] cumulative = new double[weights.size()];
        double total = 0;
        int i = 0;
        for (var e : weights.entrySet()) {
            if (!(e.getValue() > 0)) {
                throw new IllegalArgumentException("Weight of " + e.getKey() + " must be positive, was " + e.getValue());
            }
            total += e.getValue();
            values.add(e.getKey());
            cumulative[i++] = total;
        }
        for (int j = 0; j < cumulative.length; j++) {
            cumulative[j] /= total;
        }
        return new Weighted<>(values, cumulative);
    }

    /** Equal weights. */
    static <T> Weighted<T> uniform(List<T> values) {
        Map<T, Double> weights = new LinkedHashMap<>();
        values.forEach(v -> weights.merge(v, 1.0, Double::sum));
        return of(weights);
    }

    /** Pairs of (value, weight), for tables written inline. */
    @SuppressWarnings("unchecked")
    static <T> Weighted<T> of(Object... valueWeightPairs) {
        Map<T, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < valueWeightPairs.length; i += 2) {
            weights.put((T) valueWeightPairs[i], ((Number) valueWeightPairs[i + 1]).doubleValue());
        }
        return of(weights);
    }

    T pick(SplittableRandom random) {
        double r = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (r < cumulative[i]) {
                return values.get(i);
            }
        }
        return values.getLast();
    }

    /** The share of draws expected to give {@code value} (0 when it is not in the distribution). */
    double share(T value) {
        int i = values.indexOf(value);
        if (i < 0) return 0;
        return cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
    }
}
