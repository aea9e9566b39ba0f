package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.assessment;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;
import static uk.opencsc.returns.cin.rules.CensusChildren.withAssessments;

import org.junit.jupiter.api.Test;

class OneOpenAssessmentPerEpisodeTest {

    private final OneOpenAssessmentPerEpisode rule = new OneOpenAssessmentPerEpisode();

    @Test
    void two_open_assessments_in_one_episode_fail_8896() {
        var child = aChildWhose(episode -> withAssessments(episode,
                assessment(REFERRAL, null), assessment(REFERRAL.plusDays(5), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Assessments[1]/AssessmentAuthorisationDate",
                        "CINdetails[1]/Assessments[2]/AssessmentAuthorisationDate");
    }

    @Test
    void one_authorised_and_one_open_assessment_pass_8896() {
        var child = aChildWhose(episode -> withAssessments(episode,
                assessment(REFERRAL, REFERRAL.plusDays(4), "2A"), assessment(REFERRAL.plusDays(5), null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
