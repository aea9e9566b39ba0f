package uk.opencsc.protection;

import uk.opencsc.platform.validation.CodeList;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * A strategy discussion about a child, held within a CIN episode (the front door's referral).
 *
 * @param agencies  the agencies that took part (at least one)
 * @param attendees who attended, as typed; null when not given
 */
public record StrategyDiscussion(UUID id, UUID personId, UUID referralId, LocalDateTime heldAt, Set<Agency> agencies,
                                 String attendees, StrategyDecision decision, String rationale, int version,
                                 Instant updatedAt, String updatedBy) {

    public StrategyDiscussion {
        agencies = CodeList.inListOrder(Agency.class, agencies);
    }
}
