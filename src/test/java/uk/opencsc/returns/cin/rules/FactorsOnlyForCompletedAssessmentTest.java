package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.assessment;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;
import static uk.opencsc.returns.cin.rules.CensusChildren.withAssessments;

import org.junit.jupiter.api.Test;

class FactorsOnlyForCompletedAssessmentTest {

    private final FactorsOnlyForCompletedAssessment rule = new FactorsOnlyForCompletedAssessment();

    @Test
    void factors_on_an_assessment_not_yet_authorised_fail_8614() {
        var child = aChildWhose(episode -> withAssessments(episode, assessment(REFERRAL, null, "2A")));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Assessments[1]/FactorsIdentifiedAtAssessment");
    }

    @Test
    void an_assessment_not_yet_authorised_without_factors_passes_8614() {
        var child = aChildWhose(episode -> withAssessments(episode, assessment(REFERRAL, null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
