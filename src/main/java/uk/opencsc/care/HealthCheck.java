package uk.opencsc.care;

import java.time.LocalDate;
import java.util.UUID;

/** A health assessment or dental check of a looked after child, by its date. */
public record HealthCheck(UUID id, UUID periodId, HealthCheckKind kind, LocalDate date) {
}
