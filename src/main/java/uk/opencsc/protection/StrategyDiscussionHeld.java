package uk.opencsc.protection;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

/** A strategy discussion was held about the child and recorded with its decision. */
public record StrategyDiscussionHeld(UUID strategyDiscussionId, UUID personId, UUID referralId, LocalDateTime heldAt,
                                     Set<Agency> agencies, StrategyDecision decision) {
}
