package uk.opencsc.childinneed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A child in need plan with its reviews and visits, as loaded in bulk (the synthetic local authority, a migration).
 *
 * @param withoutAssessmentReason why it started without an assessment recommending it, where the old system says
 * @param endDate                 null while the plan is open; otherwise with {@code endReason}
 */
public record HistoricCinPlan(UUID personId, LocalDate startDate, String leadWorker, String needsAndOutcomes,
                              String withoutAssessmentReason, List<Review> reviews, List<Visit> visits, LocalDate endDate,
                              CinPlanEndReason endReason) {

    public HistoricCinPlan {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(startDate, "startDate");
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        visits = visits == null ? List.of() : List.copyOf(visits);
    }

    /** A review of the plan; one deciding END is on the plan's end date. */
    public record Review(LocalDate date, CinReviewDecision decision, String notes) {
    }

    /** A visit to the child on the plan. */
    public record Visit(LocalDateTime at, boolean seen, boolean seenAlone, BedroomSeen bedroomSeen, String childsViews,
                        String observations, String worker) {
    }
}
