package uk.opencsc.childinneed;

import java.time.LocalDate;
import java.util.UUID;

/** A child in need plan was reviewed. */
public record ChildInNeedPlanReviewed(UUID reviewId, UUID planId, UUID personId, LocalDate reviewDate, CinReviewDecision decision) {
}
