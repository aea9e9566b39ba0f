package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/**
 * 2990: RC8 and RC9 say the case closed straight after the assessment (with no further action, or referred to
 * early help), so the episode cannot also hold a section 47 enquiry, an initial conference, a child protection
 * plan or a CIN plan. Each is named.
 */
final class NoActivityAfterAssessmentClosure implements ChildRule {

    static final Set<String> CLOSED_AFTER_ASSESSMENT = Set.of("RC8", "RC9");

    @Override
    public String code() {
        return "2990";
    }

    @Override
    public String message() {
        return "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or "
                + "'case closed after assessment, referred to early help'.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            if (episode.reasonForClosure() == null || !CLOSED_AFTER_ASSESSMENT.contains(episode.reasonForClosure())) {
                continue;
            }
            ElementPath at = ElementPath.cinDetails(e);
            for (int s = 0; s < episode.section47s().size(); s++) {
                breaches.add(at.then("Section47", s));
            }
            if (episode.dateOfInitialCpc() != null) {
                breaches.add(at.then("DateOfInitialCPC"));
            }
            for (int p = 0; p < episode.protectionPlans().size(); p++) {
                breaches.add(at.then("ChildProtectionPlans", p));
            }
            for (int p = 0; p < episode.cinPlans().size(); p++) {
                breaches.add(at.then("CINPlanDates", p));
            }
        }
        return breaches;
    }
}
