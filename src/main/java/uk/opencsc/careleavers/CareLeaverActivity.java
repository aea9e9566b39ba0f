package uk.opencsc.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** What the care leaver is doing from {@code from}: education, training, employment or none. */
public record CareLeaverActivity(UUID id, UUID personId, LocalDate from, Activity activity) {
}
