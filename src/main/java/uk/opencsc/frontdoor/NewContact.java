package uk.opencsc.frontdoor;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A contact to record: someone told the front door about a child.
 *
 * @param contactAgency null for a member of the public
 * @param consentNote   why consent was not needed, or why the contact goes ahead although refused; null when given
 * @param childsVoice   what the child said or wants, in their words; null when not yet known
 */
public record NewContact(UUID personId, LocalDateTime receivedAt, ReferralSource source, String contactName,
                         String contactAgency, String reason, Consent consent, String consentNote, String childsVoice) {
    public NewContact {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(consent, "consent");
    }
}
