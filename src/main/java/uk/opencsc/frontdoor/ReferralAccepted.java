package uk.opencsc.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral was accepted by children's social care: a CIN episode starts on {@code referralDate}.
 *
 * @param contactId  the contact it came from; null when not from a contact
 * @param reReferral within 12 months of the child's previous referral
 * @param steppedUpFromEarlyHelp the early help episode it stepped up from; null otherwise
 */
public record ReferralAccepted(UUID referralId, UUID personId, LocalDate referralDate, ReferralSource source,
                               UUID contactId, boolean reReferral, UUID steppedUpFromEarlyHelp) {
}
