package uk.opencsc.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

/** An early help episode ended; {@code steppedUpTo} names the referral when it stepped up, else null. */
public record EarlyHelpEnded(UUID episodeId, UUID personId, LocalDate endDate, EarlyHelpEndReason reason, UUID steppedUpTo) {
}
