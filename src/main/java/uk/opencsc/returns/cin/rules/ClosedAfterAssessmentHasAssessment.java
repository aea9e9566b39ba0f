package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/** 8825Q: RC8 and RC9 say the case closed after an assessment, so the episode should show that assessment. */
final class ClosedAfterAssessmentHasAssessment implements ChildRule {

    @Override
    public String code() {
        return "8825Q";
    }

    @Override
    public String message() {
        return "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case "
                + "closed after assessment) or RC9 (case closed after assessment, referred to early help) has "
                + "been returned but there is no assessment present for the episode.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            String reason = episode.reasonForClosure();
            boolean closedAfterAssessment =
                    reason != null && NoActivityAfterAssessmentClosure.CLOSED_AFTER_ASSESSMENT.contains(reason);
            if (closedAfterAssessment && episode.assessments().isEmpty()) {
                breaches.add(ElementPath.cinDetails(e).then("ReasonForClosure"));
            }
        }
        return breaches;
    }
}
