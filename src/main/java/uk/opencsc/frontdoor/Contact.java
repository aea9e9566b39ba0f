package uk.opencsc.frontdoor;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A contact as recorded.
 *
 * @param decision  null until a manager decides
 * @param decidedBy the manager's username; null until decided
 * @param version   the version the reader saw; a save names it so a change made meanwhile is noticed
 */
public record Contact(UUID id, UUID personId, LocalDateTime receivedAt, ReferralSource source, String contactName,
                      String contactAgency, String reason, Consent consent, String consentNote, String childsVoice,
                      ContactDecision decision, String decidedBy, int version, Instant updatedAt, String updatedBy) {

    public boolean decided() {
        return decision != null;
    }
}
