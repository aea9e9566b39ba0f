package uk.opencsc.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A weighted caseload per full-time post, so a half-time worker holding 9 weighs like a full-time one holding 18.
 * A worker whose FTE is not recorded counts as full-time (the page says "not recorded" beside them) rather than
 * vanishing from the figures.
 */
public final class FteAdjustedCaseload {

    private FteAdjustedCaseload() {
    }

    /** @return {@code weighted / fte} to two decimal places (half up); {@code weighted} when {@code fte} is null */
    public static BigDecimal of(BigDecimal weighted, BigDecimal fte) {
        if (fte == null) {
            return weighted.setScale(2, RoundingMode.HALF_UP);
        }
        if (fte.signum() <= 0) {
            throw new IllegalArgumentException("FTE must be more than 0, was " + fte);
        }
        return weighted.divide(fte, 2, RoundingMode.HALF_UP);
    }
}
