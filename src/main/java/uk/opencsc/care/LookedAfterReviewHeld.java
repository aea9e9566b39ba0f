package uk.opencsc.care;

import java.time.LocalDate;
import java.util.UUID;

/** A looked after child's review (reg 33) was held. */
public record LookedAfterReviewHeld(UUID reviewId, UUID personId, LocalDate reviewDate, ReviewParticipation participation) {
}
