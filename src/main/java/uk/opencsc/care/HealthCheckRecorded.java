package uk.opencsc.care;

import java.time.LocalDate;
import java.util.UUID;

/** A looked after child's health assessment or dental check was done. */
public record HealthCheckRecorded(UUID checkId, UUID personId, HealthCheckKind kind, LocalDate date) {
}
