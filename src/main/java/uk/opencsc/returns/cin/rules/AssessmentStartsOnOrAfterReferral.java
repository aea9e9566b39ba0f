package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 1103: an assessment is of a referral, so it cannot start before the referral was received.
 */
final class AssessmentStartsOnOrAfterReferral implements ChildRule {

    @Override
    public String code() {
        return "1103";
    }

    @Override
    public String message() {
        return "The assessment start date cannot be before the referral date";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.assessments(child, (episode, assessment, at) -> {
            if (Activities.before(assessment.startDate(), episode.referralDate())) {
                breaches.add(at.then("AssessmentActualStartDate"));
            }
        });
        return breaches;
    }
}
