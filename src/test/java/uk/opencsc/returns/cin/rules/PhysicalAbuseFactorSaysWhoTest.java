package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.assessment;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;
import static uk.opencsc.returns.cin.rules.CensusChildren.withAssessments;

import org.junit.jupiter.api.Test;

class PhysicalAbuseFactorSaysWhoTest {

    private final PhysicalAbuseFactorSaysWho rule = new PhysicalAbuseFactorSaysWho();

    @Test
    void the_factor_18A_is_queried_8945Q() {
        var child = aChildWhose(episode -> withAssessments(episode,
                assessment(REFERRAL, REFERRAL.plusDays(20), "3A", "18A")));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Assessments[1]/FactorsIdentifiedAtAssessment/AssessmentFactors[2]");
    }

    @Test
    void the_factor_18B_passes_8945Q() {
        var child = aChildWhose(episode -> withAssessments(episode,
                assessment(REFERRAL, REFERRAL.plusDays(20), "3A", "18B")));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
