package uk.opencsc.assessment;

import java.time.LocalDate;
import java.util.UUID;

/** A child and family assessment was started within the CIN episode opened by {@code referralId}. */
public record AssessmentStarted(UUID assessmentId, UUID personId, UUID referralId, LocalDate startDate, LocalDate dueDate) {
}
