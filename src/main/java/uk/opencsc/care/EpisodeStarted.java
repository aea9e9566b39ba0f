package uk.opencsc.care;

import java.time.LocalDate;
import java.util.UUID;

/** A new episode of an open period of care: the legal status, the placement, or both changed (its reason says which). */
public record EpisodeStarted(UUID episodeId, UUID periodId, UUID personId, LocalDate startDate, ReasonForNewEpisode reason, LegalStatus legalStatus, PlacementType placementType) {
}
