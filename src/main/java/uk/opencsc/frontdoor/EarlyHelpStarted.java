package uk.opencsc.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

/** An early help episode started; {@code steppedDownFrom} names the closed referral when it is a step down, else null. */
public record EarlyHelpStarted(UUID episodeId, UUID personId, LocalDate startDate, String leadOrganisation,
                               UUID steppedDownFrom) {
}
