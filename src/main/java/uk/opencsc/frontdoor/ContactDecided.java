package uk.opencsc.frontdoor;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A manager decided what happens to a contact.
 *
 * @param workingDaysLate 0 when decided within a working day of receipt; otherwise how late
 */
public record ContactDecided(UUID contactId, UUID personId, LocalDateTime receivedAt, LocalDateTime decidedAt,
                             ContactOutcome outcome, String rationale, String decidedBy, int workingDaysLate) {
}
