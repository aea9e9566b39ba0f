package uk.opencsc.childinneed;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A review of a child in need plan.
 *
 * @param notes what the review found and, for a change, what changes; null when none were written
 */
public record ChildInNeedReview(UUID id, UUID planId, LocalDate date, CinReviewDecision decision, String notes) {
}
