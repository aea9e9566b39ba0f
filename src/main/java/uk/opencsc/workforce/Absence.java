package uk.opencsc.workforce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A period of a worker's absence.
 *
 * @param lastDay         the last day absent (inclusive); null while the absence goes on
 * @param workingDaysLost the working days it cost, as the manager counted them (two decimal places)
 */
public record Absence(UUID id, UUID userId, AbsenceReason reason, LocalDate firstDay, LocalDate lastDay, BigDecimal workingDaysLost,
                      int version, Instant updatedAt, String updatedBy) {

    /** Absent on {@code day}. */
    boolean covers(LocalDate day) {
        return !firstDay.isAfter(day) && (lastDay == null || !lastDay.isBefore(day));
    }
}
