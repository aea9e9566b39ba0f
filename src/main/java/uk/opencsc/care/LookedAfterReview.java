package uk.opencsc.care;

import java.time.LocalDate;
import java.util.UUID;

/** A looked after review (reg 33), chaired by the child's independent reviewing officer. */
public record LookedAfterReview(UUID id, UUID periodId, LocalDate date, String iro, ReviewParticipation participation) {
}
