package uk.opencsc.assessment;

import java.time.LocalDate;
import java.util.UUID;

/** The worker submitted the assessment for a manager's authorisation. */
public record AssessmentSubmitted(UUID assessmentId, UUID personId, LocalDate startDate, LocalDate submittedOn,
                                  AssessmentOutcome outcome) {
}
