package uk.opencsc.protection;

import java.time.LocalDate;
import java.util.UUID;

/** A child protection plan ended; it ran from {@code startDate} to {@code endDate}, both inclusive. */
public record ChildProtectionPlanEnded(UUID planId, UUID personId, LocalDate startDate, LocalDate endDate, String reason) {
}
