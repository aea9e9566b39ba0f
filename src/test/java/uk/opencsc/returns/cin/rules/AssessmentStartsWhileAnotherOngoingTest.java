package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.assessment;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;
import static uk.opencsc.returns.cin.rules.CensusChildren.withAssessments;

import org.junit.jupiter.api.Test;

class AssessmentStartsWhileAnotherOngoingTest {

    private final AssessmentStartsWhileAnotherOngoing rule = new AssessmentStartsWhileAnotherOngoing();

    @Test
    void an_assessment_starting_on_the_day_another_is_authorised_is_queried_8863Q() {
        var child = aChildWhose(episode -> withAssessments(episode,
                assessment(REFERRAL, REFERRAL.plusDays(20), "2A"), assessment(REFERRAL.plusDays(20), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Assessments[2]/AssessmentActualStartDate");
    }

    @Test
    void an_assessment_starting_the_day_after_another_is_authorised_passes_8863Q() {
        var child = aChildWhose(episode -> withAssessments(episode,
                assessment(REFERRAL, REFERRAL.plusDays(20), "2A"), assessment(REFERRAL.plusDays(21), null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
