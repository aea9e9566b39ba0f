package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.assessment;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.closedOn;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;
import static uk.opencsc.returns.cin.rules.CensusChildren.withAssessments;

import org.junit.jupiter.api.Test;

class ClosedEpisodeAssessmentsCompleteTest {

    private final ClosedEpisodeAssessmentsComplete rule = new ClosedEpisodeAssessmentsComplete();

    @Test
    void a_closed_episode_with_an_assessment_not_authorised_fails_8867() {
        var child = aChildWhose(episode -> closedOn(withAssessments(episode, assessment(REFERRAL, null)),
                REFERRAL.plusDays(30), "RC1"));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Assessments[1]/AssessmentAuthorisationDate");
    }

    @Test
    void a_closed_episode_with_its_assessment_authorised_passes_8867() {
        var child = aChildWhose(episode -> closedOn(episode, REFERRAL.plusDays(30), "RC1"));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
