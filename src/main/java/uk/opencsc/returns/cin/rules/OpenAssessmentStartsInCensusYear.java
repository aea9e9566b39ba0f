package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8736: an assessment still open at the end of the year can only be reported if it started in the year; an
 * earlier one should have been completed in an earlier return.
 */
final class OpenAssessmentStartsInCensusYear implements ChildRule {

    @Override
    public String code() {
        return "8736";
    }

    @Override
    public String message() {
        return "For an Assessment that has not been completed, the start date must fall within the census year";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.assessments(child, (episode, assessment, at) -> {
            if (assessment.authorisationDate() == null && Activities.outsideYear(assessment.startDate(), period)) {
                breaches.add(at.then("AssessmentActualStartDate"));
            }
        });
        return breaches;
    }
}
