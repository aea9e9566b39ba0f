package uk.opencsc.childinneed;

import java.time.LocalDateTime;
import java.util.UUID;

/** A visit to a child on a child in need plan was recorded. */
public record ChildInNeedVisitRecorded(UUID visitId, UUID planId, UUID personId, LocalDateTime visitedAt, boolean seen,
                                       boolean seenAlone) {
}
