package uk.opencsc.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Child and family assessments known only from a CIN census (an import of a previous return or of another system's):
 * the census holds the start, the internal review and authorisation dates and the factors, nothing else. What the
 * record needs besides is said plainly as not known, so no one mistakes it for a worker's words; the assessment is
 * then loaded with {@link AssessmentBulkLoad} through the same rules as the forms.
 */
public final class CensusAssessments {

    /** Who the record names as author and authoriser: the census does not say, and the two must differ. */
    public static final String AUTHOR = "cin-census-author";
    public static final String AUTHORISER = "cin-census-authoriser";
    static final String NOT_RECORDED = "Not recorded: loaded from a CIN census, which holds the dates and factors only.";

    private CensusAssessments() {
    }

    /**
     * An assessment as the census has it: authorised (submitted the same day) when it has an authorisation date,
     * otherwise still being written.
     *
     * @param outcome what the assessment led to, as far as the census shows it (null when not authorised)
     */
    public static HistoricAssessment of(UUID personId, LocalDate startDate, LocalDate internalReviewDate, LocalDate authorisationDate,
                                        Set<AssessmentFactor> factors, AssessmentOutcome outcome) {
        boolean authorised = authorisationDate != null;
        return new HistoricAssessment(personId, startDate, AUTHOR, null, List.of(), null, factors,
                authorised ? NOT_RECORDED : null, authorised ? outcome : null, internalReviewDate,
                authorisationDate, authorised ? AUTHORISER : null, authorised ? NOT_RECORDED : null, authorisationDate,
                authorised ? NOT_RECORDED : null);
    }
}
