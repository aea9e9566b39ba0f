package uk.opencsc.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

/** A CIN episode closed with its DfE reason; {@code noFurtherAction} when the referral itself needed no further action. */
public record CinEpisodeClosed(UUID referralId, UUID personId, LocalDate referralDate, LocalDate closureDate,
                               ReasonForClosure reason, boolean noFurtherAction) {
}
