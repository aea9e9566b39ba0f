package uk.opencsc.childinneed;

import java.time.LocalDate;
import java.util.UUID;

/** A child in need plan ended. */
public record ChildInNeedPlanEnded(UUID planId, UUID personId, LocalDate startDate, LocalDate endDate, CinPlanEndReason reason) {
}
