package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;
import uk.opencsc.returns.cin.CinDetails.CensusAssessment;

/**
 * 8831: a referral with no further action ended at the referral, so its episode cannot hold an assessment, a
 * section 47 enquiry or an initial child protection conference. Each is named.
 */
final class NoActivityOnNfaReferral implements ChildRule {

    @Override
    public String code() {
        return "8831";
    }

    @Override
    public String message() {
        return "Activity is recorded against a case marked as a referral with no further action";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            if (!Boolean.TRUE.equals(episode.referralNfa())) {
                continue;
            }
            ElementPath at = ElementPath.cinDetails(e);
            for (int a = 0; a < episode.assessments().size(); a++) {
                CensusAssessment assessment = episode.assessments().get(a);
                if (assessment.startDate() != null || assessment.authorisationDate() != null) {
                    breaches.add(at.then("Assessments", a));
                }
            }
            for (int s = 0; s < episode.section47s().size(); s++) {
                if (episode.section47s().get(s).startDate() != null) {
                    breaches.add(at.then("Section47", s));
                }
            }
            if (episode.dateOfInitialCpc() != null) {
                breaches.add(at.then("DateOfInitialCPC"));
            }
        }
        return breaches;
    }
}
