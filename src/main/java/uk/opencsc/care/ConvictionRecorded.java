package uk.opencsc.care;

import java.time.LocalDate;
import java.util.UUID;

/** A looked after child was convicted or cautioned. */
public record ConvictionRecorded(UUID convictionId, UUID personId, LocalDate decidedOn, OffenceOutcome outcome) {
}
