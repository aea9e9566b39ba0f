package uk.opencsc.assessment;

import uk.opencsc.platform.validation.CodeList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A child and family assessment as it already happened, for {@link AssessmentBulkLoad} (the demo, a migration):
 * started within the child's CIN episode open on {@code startDate}, written, and as far as it got by now.
 *
 * @param author         the username that started it; the worker
 * @param submittedOn    null while still being written (DRAFT)
 * @param authorisedBy   null until authorised; a manager other than the author, with {@code rationale}
 * @param delayReason    needed when authorised after its 45-working-day due date
 */
public record HistoricAssessment(UUID personId, LocalDate startDate, String author, String workerName, List<ChildSeen> childSeen,
                                 String childsWords, Set<AssessmentFactor> factors, String analysis, AssessmentOutcome outcome,
                                 LocalDate internalReviewDate, LocalDate submittedOn, String authorisedBy, String rationale,
                                 LocalDate authorisationDate, String delayReason) {

    public HistoricAssessment {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(author, "author");
        childSeen = List.copyOf(childSeen);
        factors = CodeList.inListOrder(AssessmentFactor.class, factors);
        if ((authorisedBy == null) != (authorisationDate == null)) {
            throw new IllegalArgumentException("An authorisation has who and when, and an assessment not authorised neither");
        }
        if (authorisedBy != null && submittedOn == null) {
            throw new IllegalArgumentException("An authorised assessment was submitted first");
        }
    }
}
