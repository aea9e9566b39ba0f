package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.calendar.WorkingDays;
import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8670Q: a child and family assessment is due within 45 working days of the referral, so one started more than
 * 45 working days before the reference date that is still not authorised is probably missing its end date.
 */
final class AssessmentOpenTooLong implements ChildRule {

    private static final WorkingDays ASSESSMENT_DUE = WorkingDays.of(45);

    @Override
    public String code() {
        return "8670Q";
    }

    @Override
    public String message() {
        return "Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.assessments(child, (episode, assessment, at) -> {
            if (assessment.authorisationDate() == null && assessment.startDate() != null
                    && period.calendar().workingDaysBetween(assessment.startDate(), period.referenceDate()) > ASSESSMENT_DUE.count()) {
                breaches.add(at.then("AssessmentActualStartDate"));
            }
        });
        return breaches;
    }
}
