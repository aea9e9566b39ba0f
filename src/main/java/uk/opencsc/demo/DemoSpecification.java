package uk.opencsc.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: the same scale, seed and day always give the same local authority.
 *
 * @param scale how many persons (children, young people and their parents) the record holds
 * @param seed  the random seed
 * @param today the day the demo is loaded; ages, dates of birth and an inspector's access count from it
 */
record DemoSpecification(int scale, long seed, LocalDate today) {

    static final int MAXIMUM_SCALE = 1_000_000;

    DemoSpecification {
        if (scale < 1 || scale > MAXIMUM_SCALE) {
            throw new IllegalArgumentException("The scale must be between 1 and " + MAXIMUM_SCALE + " persons, was " + scale);
        }
        Objects.requireNonNull(today, "today");
    }
}
