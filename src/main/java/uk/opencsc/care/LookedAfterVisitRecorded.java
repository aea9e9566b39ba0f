package uk.opencsc.care;

import java.time.LocalDate;
import java.util.UUID;

/** The child's social worker visited the looked after child (reg 28). */
public record LookedAfterVisitRecorded(UUID visitId, UUID personId, LocalDate visitedOn, boolean seen, boolean seenAlone) {
}
