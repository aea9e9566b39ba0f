package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8608: an assessment is authorised when it is finished, so it cannot be authorised before it started.
 */
final class AssessmentStartsByAuthorisation implements ChildRule {

    @Override
    public String code() {
        return "8608";
    }

    @Override
    public String message() {
        return "Assessment Start Date cannot be later than its End Date";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.assessments(child, (episode, assessment, at) -> {
            if (Activities.after(assessment.startDate(), assessment.authorisationDate())) {
                breaches.add(at.then("AssessmentActualStartDate"));
            }
        });
        return breaches;
    }
}
