package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.assessment;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;
import static uk.opencsc.returns.cin.rules.CensusChildren.withAssessments;

import org.junit.jupiter.api.Test;

class AssessmentStartsOnOrAfterReferralTest {

    private final AssessmentStartsOnOrAfterReferral rule = new AssessmentStartsOnOrAfterReferral();

    @Test
    void an_assessment_starting_before_the_referral_fails_1103() {
        var child = aChildWhose(episode -> withAssessments(episode,
                assessment(REFERRAL.minusDays(1), REFERRAL.plusDays(20), "2A")));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Assessments[1]/AssessmentActualStartDate");
    }

    @Test
    void an_assessment_starting_on_the_referral_day_passes_1103() {
        var child = aChildWhose(episode -> withAssessments(episode,
                assessment(REFERRAL, REFERRAL.plusDays(20), "2A")));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
