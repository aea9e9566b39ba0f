package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8873Q: when the only assessment of an episode found no factors (code 21), the case would normally close after
 * assessment, so the reason for closure should be RC8 or RC9. An episode not yet closed has no reason and is
 * queried too, as the DfE words the rule.
 */
final class NoFactorsEpisodeClosedAfterAssessment implements ChildRule {

    /** RC8 case closed after assessment, no further action; RC9 closed after assessment, referred to early help. */
    private static final Set<String> CLOSED_AFTER_ASSESSMENT = Set.of("RC8", "RC9");

    @Override
    public String code() {
        return "8873Q";
    }

    @Override
    public String message() {
        return "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.episodes(child, (episode, at) -> {
            String reason = episode.reasonForClosure();
            if (episode.assessments().size() == 1
                    && episode.assessments().get(0).factors().contains(NoFactorsCodeStandsAlone.NO_FACTORS)
                    && (reason == null || !CLOSED_AFTER_ASSESSMENT.contains(reason))) {
                breaches.add(at.then("ReasonForClosure"));
            }
        });
        return breaches;
    }
}
