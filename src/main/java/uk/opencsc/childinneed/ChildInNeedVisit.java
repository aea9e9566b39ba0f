package uk.opencsc.childinneed;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A social worker's visit to a child on a child in need plan.
 *
 * @param seen        the child was seen (only a visit where the child was seen meets the visiting timescale)
 * @param seenAlone   the child was seen alone (never without {@code seen})
 * @param childsViews the child's views, in their words where possible; null when not recorded
 */
public record ChildInNeedVisit(UUID id, UUID planId, LocalDateTime visitedAt, boolean seen, boolean seenAlone,
                               BedroomSeen bedroomSeen, String childsViews, String observations, String worker) {
}
