package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.assessment;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;
import static uk.opencsc.returns.cin.rules.CensusChildren.withAssessments;

import org.junit.jupiter.api.Test;

class AssessmentStartsByAuthorisationTest {

    private final AssessmentStartsByAuthorisation rule = new AssessmentStartsByAuthorisation();

    @Test
    void an_assessment_authorised_before_it_started_fails_8608() {
        var child = aChildWhose(episode -> withAssessments(episode,
                assessment(REFERRAL.plusDays(10), REFERRAL.plusDays(9), "2A")));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Assessments[1]/AssessmentActualStartDate");
    }

    @Test
    void an_assessment_authorised_the_day_it_started_passes_8608() {
        var child = aChildWhose(episode -> withAssessments(episode,
                assessment(REFERRAL.plusDays(10), REFERRAL.plusDays(10), "2A")));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
