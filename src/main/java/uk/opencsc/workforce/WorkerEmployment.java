package uk.opencsc.workforce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A worker's employment as the workforce census counts it.
 *
 * @param registrationNumber null for staff who are not registered social workers
 * @param qualifiedOn        when the social work qualification was awarded; null when not known or not qualified
 * @param fte                full-time equivalent, 0.1 to 1.0
 * @param leftOn             the last day worked (inclusive); null while employed
 * @param leavingReason      null while employed
 */
public record WorkerEmployment(UUID userId, RegistrationNumber registrationNumber, String qualification, LocalDate qualifiedOn,
                               BigDecimal fte, Employment employment, LocalDate startedOn, LocalDate leftOn,
                               LeavingReason leavingReason, int version, Instant updatedAt, String updatedBy) {

    /** True once the day after {@code leftOn} has begun. */
    public boolean leftBy(LocalDate day) {
        return leftOn != null && day.isAfter(leftOn);
    }

    /** In the first year after qualifying: the assessed and supported year in employment (ASYE). */
    public boolean newlyQualifiedOn(LocalDate day) {
        return qualifiedOn != null && !day.isAfter(qualifiedOn.plusYears(1)) && !day.isBefore(qualifiedOn);
    }
}
