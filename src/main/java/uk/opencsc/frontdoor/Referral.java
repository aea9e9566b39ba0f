package uk.opencsc.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral to children's social care, which opens a CIN episode (the CIN census's CINdetails): the episode
 * runs from the referral date to the closure date, both inclusive.
 *
 * @param contactId        the contact whose decision made it; null when recorded directly
 * @param primaryNeed      null until assessed (the census allows it to be absent)
 * @param noFurtherAction  closed with no further action after the referral (CIN census ReferralNFA)
 * @param closureDate      null while the episode is open
 * @param reasonForClosure null while the episode is open
 */
public record Referral(UUID id, UUID personId, UUID contactId, LocalDate referralDate, ReferralSource source,
                       PrimaryNeed primaryNeed, boolean noFurtherAction, LocalDate closureDate,
                       ReasonForClosure reasonForClosure, int version, Instant updatedAt, String updatedBy) {

    public boolean open() {
        return closureDate == null;
    }
}
