package uk.opencsc.care;

import java.time.LocalDate;
import java.util.UUID;

/** A period of care ended: the child ceased to be looked after. */
public record CeasedLookedAfter(UUID periodId, UUID personId, LocalDate endDate, ReasonEpisodeCeased reason, boolean shortBreaks) {
}
