package uk.opencsc.care;

import java.time.LocalDate;
import java.util.UUID;

/** A social worker's visit to the looked after child (reg 28). @param childsViews may be null */
public record LookedAfterVisit(UUID id, UUID periodId, LocalDate visitedOn, boolean seen, boolean seenAlone, String childsViews,
                               String worker) {
}
