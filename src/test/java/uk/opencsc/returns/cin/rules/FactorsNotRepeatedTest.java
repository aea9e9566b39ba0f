package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.assessment;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;
import static uk.opencsc.returns.cin.rules.CensusChildren.withAssessments;

import org.junit.jupiter.api.Test;

class FactorsNotRepeatedTest {

    private final FactorsNotRepeated rule = new FactorsNotRepeated();

    @Test
    void a_factor_listed_twice_on_an_assessment_fails_8898() {
        var child = aChildWhose(episode -> withAssessments(episode,
                assessment(REFERRAL, REFERRAL.plusDays(20), "2A", "3B", "2A")));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Assessments[1]/FactorsIdentifiedAtAssessment");
    }

    @Test
    void distinct_factors_pass_8898() {
        var child = aChildWhose(episode -> withAssessments(episode,
                assessment(REFERRAL, REFERRAL.plusDays(20), "2A", "3B")));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
