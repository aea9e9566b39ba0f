package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.assessment;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;
import static uk.opencsc.returns.cin.rules.CensusChildren.withAssessments;

import org.junit.jupiter.api.Test;

class SexualAbuseFactorSaysWhoTest {

    private final SexualAbuseFactorSaysWho rule = new SexualAbuseFactorSaysWho();

    @Test
    void the_factor_19A_in_any_case_is_queried_8950Q() {
        var child = aChildWhose(episode -> withAssessments(episode,
                assessment(REFERRAL, REFERRAL.plusDays(20), "19a")));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Assessments[1]/FactorsIdentifiedAtAssessment/AssessmentFactors[1]");
    }

    @Test
    void the_factor_19C_passes_8950Q() {
        var child = aChildWhose(episode -> withAssessments(episode,
                assessment(REFERRAL, REFERRAL.plusDays(20), "19C")));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
