package uk.opencsc.protection;

import java.time.LocalDate;
import java.util.UUID;

/** A child protection plan started. */
public record ChildProtectionPlanStarted(UUID planId, UUID personId, LocalDate startDate, AbuseCategory category,
                                         int previousPlans) {
}
