package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 2991Q: a section 47 enquiry normally runs alongside or after a child and family assessment, so an episode with
 * an enquiry and no assessment is probably missing the assessment.
 */
final class Section47FollowsAssessment implements ChildRule {

    @Override
    public String code() {
        return "2991Q";
    }

    @Override
    public String message() {
        return "Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.episodes(child, (episode, at) -> {
            if (!episode.section47s().isEmpty() && episode.assessments().isEmpty()) {
                breaches.add(at.then("Section47", 0));
            }
        });
        return breaches;
    }
}
