package uk.opencsc.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A review of the pathway plan.
 *
 * @param attended who took part, as the worker wrote it
 * @param views    what the young person said, in their words where possible; null when not recorded
 */
public record PathwayPlanReview(UUID id, UUID personId, LocalDate date, String attended, String views) {
}
