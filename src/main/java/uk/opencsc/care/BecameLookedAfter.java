package uk.opencsc.care;

import java.time.LocalDate;
import java.util.UUID;

/** A child started to be looked after: the first episode (S) of a period of care. */
public record BecameLookedAfter(UUID periodId, UUID personId, LocalDate startDate, LegalStatus legalStatus, PlacementType placementType, boolean shortBreaks) {
}
