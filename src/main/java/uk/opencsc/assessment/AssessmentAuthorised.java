package uk.opencsc.assessment;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A manager authorised the assessment: it is complete (CIN census AssessmentAuthorisationDate).
 *
 * @param workingDaysLate working days after the 45-working-day due date; 0 when on time
 */
public record AssessmentAuthorised(UUID assessmentId, UUID personId, LocalDate startDate, LocalDate authorisationDate,
                                   AssessmentOutcome outcome, Set<AssessmentFactor> factors, int workingDaysLate) {
}
