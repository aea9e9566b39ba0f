package uk.opencsc.protection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A social worker's visit to a child on a child protection plan.
 *
 * @param seen       the child was seen (only a visit where the child was seen meets the visiting timescale)
 * @param seenAlone  the child was seen alone (never without {@code seen})
 * @param childsViews the child's views, in their words where possible; null when not recorded
 */
public record ChildProtectionVisit(UUID id, UUID planId, LocalDate date, boolean seen, boolean seenAlone,
                                   boolean bedroomSeen, String childsViews, String observations) {
}
