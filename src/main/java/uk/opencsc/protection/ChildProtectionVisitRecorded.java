package uk.opencsc.protection;

import java.time.LocalDate;
import java.util.UUID;

/** A visit to a child on a child protection plan was recorded. */
public record ChildProtectionVisitRecorded(UUID visitId, UUID planId, UUID personId, LocalDate visitDate, boolean seen,
                                           boolean seenAlone) {
}
