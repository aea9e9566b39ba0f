package uk.opencsc.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A section 47 enquiry (CIN census Section47), started on the day of the strategy discussion that decided it.
 *
 * @param initialConferenceTarget CIN census InitialCPCtarget: 15 working days after the strategy discussion
 * @param outcome                 null until recorded
 * @param outcomeDate             the day the outcome was decided; null until recorded
 * @param icpcNotRequired         CIN census ICPCnotRequired
 * @param icpcNotRequiredWhy      why no conference is needed; set exactly when {@code icpcNotRequired}
 * @param dateOfInitialConference CIN census DateOfInitialCPC; null until held
 */
public record Section47Enquiry(UUID id, UUID personId, UUID strategyDiscussionId, LocalDate startDate,
                               LocalDate initialConferenceTarget, Section47Outcome outcome, LocalDate outcomeDate,
                               boolean icpcNotRequired, String icpcNotRequiredWhy, LocalDate dateOfInitialConference,
                               int version, Instant updatedAt, String updatedBy) {

    public boolean awaitingOutcome() {
        return outcome == null;
    }

    /** The outcome asks for a conference that has not yet been held. */
    public boolean awaitingConference() {
        return outcome == Section47Outcome.SUBSTANTIATED_ICPC && dateOfInitialConference == null;
    }
}
