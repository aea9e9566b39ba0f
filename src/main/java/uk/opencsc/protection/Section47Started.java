package uk.opencsc.protection;

import java.time.LocalDate;
import java.util.UUID;

/** A section 47 enquiry started; the initial conference is due by {@code initialConferenceTarget}. */
public record Section47Started(UUID section47Id, UUID personId, UUID strategyDiscussionId, LocalDate startDate,
                               LocalDate initialConferenceTarget) {
}
