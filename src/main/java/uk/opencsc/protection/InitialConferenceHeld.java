package uk.opencsc.protection;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * An initial child protection conference was held.
 *
 * @param workingDaysLate how many working days after its target it was held; 0 when on time
 */
public record InitialConferenceHeld(UUID conferenceId, UUID personId, UUID section47Id, LocalDate conferenceDate,
                                    ConferenceOutcome outcome, Set<AbuseCategory> categories, int workingDaysLate) {
}
