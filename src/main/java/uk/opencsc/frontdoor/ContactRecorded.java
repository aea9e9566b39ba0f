package uk.opencsc.frontdoor;

import java.time.LocalDateTime;
import java.util.UUID;

/** A contact about a child reached the front door. */
public record ContactRecorded(UUID contactId, UUID personId, LocalDateTime receivedAt, ReferralSource source) {
}
