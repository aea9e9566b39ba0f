package uk.opencsc.assessment;

import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What other modules (the child in need plans) need to know of a child's assessments without reading the
 * assessment tables. It does not check access or audit: the caller does.
 */
@Service
public class AssessmentOutcomes {

    private final AssessmentRepository repository;

    AssessmentOutcomes(AssessmentRepository repository) {
        this.repository = repository;
    }

    /**
     * Whether an assessment in the CIN episode {@code referralId}, authorised on or before {@code date}, found the
     * child needs a child in need plan.
     */
    public boolean recommendedAChildInNeedPlan(UUID personId, UUID referralId, LocalDate date) {
        return repository.assessmentsOf(personId).stream()
                .anyMatch(a -> a.referralId().equals(referralId) && a.state() == AssessmentState.AUTHORISED
                        && a.outcome() == AssessmentOutcome.CIN_PLAN && !a.authorisationDate().isAfter(date));
    }
}
