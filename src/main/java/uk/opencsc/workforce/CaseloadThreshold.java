package uk.opencsc.workforce;

import java.math.BigDecimal;

/**
 * The local authority's ceiling on an FTE-adjusted weighted caseload: a worker above it (not at it) is flagged.
 *
 * @param limit more than 0
 */
public record CaseloadThreshold(BigDecimal limit) {

    public CaseloadThreshold {
        if (limit == null || limit.signum() <= 0) {
            throw new IllegalArgumentException("A caseload threshold must be more than 0, was " + limit);
        }
    }

    /** True when {@code fteAdjusted} is strictly above the limit. */
    public boolean exceededBy(BigDecimal fteAdjusted) {
        return fteAdjusted.compareTo(limit) > 0;
    }
}
