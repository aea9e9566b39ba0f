package uk.opencsc.frontdoor;

import java.time.LocalDateTime;
import java.util.Objects;

/** The decision on a contact: what happens next, when it was decided and why. */
public record ContactDecision(ContactOutcome outcome, LocalDateTime decidedAt, String rationale) {
    public ContactDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
