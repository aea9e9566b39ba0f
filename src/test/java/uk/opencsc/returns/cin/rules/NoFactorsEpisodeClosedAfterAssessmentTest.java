package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.assessment;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.closedOn;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;
import static uk.opencsc.returns.cin.rules.CensusChildren.withAssessments;

import org.junit.jupiter.api.Test;

class NoFactorsEpisodeClosedAfterAssessmentTest {

    private final NoFactorsEpisodeClosedAfterAssessment rule = new NoFactorsEpisodeClosedAfterAssessment();

    @Test
    void an_only_assessment_finding_no_factors_in_an_episode_closed_for_another_reason_is_queried_8873Q() {
        var child = aChildWhose(episode -> closedOn(
                withAssessments(episode, assessment(REFERRAL, REFERRAL.plusDays(20), "21")), REFERRAL.plusDays(25), "RC1"));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ReasonForClosure");
    }

    @Test
    void an_only_assessment_finding_no_factors_closed_after_assessment_passes_8873Q() {
        var child = aChildWhose(episode -> closedOn(
                withAssessments(episode, assessment(REFERRAL, REFERRAL.plusDays(20), "21")), REFERRAL.plusDays(25), "RC8"));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
