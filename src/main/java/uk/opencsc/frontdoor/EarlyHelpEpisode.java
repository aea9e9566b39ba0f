package uk.opencsc.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An early help episode, from its start date to its end date, both inclusive.
 *
 * @param contactId       the contact whose decision opened it; null otherwise
 * @param steppedDownFrom the referral (CIN episode) that closed into it; null if not a step down
 * @param endDate         null while open
 * @param steppedUpTo     the referral it ended into when stepped up; null otherwise
 */
public record EarlyHelpEpisode(UUID id, UUID personId, UUID contactId, UUID steppedDownFrom, LocalDate startDate,
                               String leadOrganisation, String workerName, String reason, LocalDate endDate,
                               EarlyHelpEndReason endReason, UUID steppedUpTo, int version, Instant updatedAt,
                               String updatedBy) {

    public boolean open() {
        return endDate == null;
    }
}
