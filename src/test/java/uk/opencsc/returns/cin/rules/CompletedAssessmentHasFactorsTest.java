package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.assessment;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.referredOn;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;
import static uk.opencsc.returns.cin.rules.CensusChildren.withAssessments;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CompletedAssessmentHasFactorsTest {

    private final CompletedAssessmentHasFactors rule = new CompletedAssessmentHasFactors();

    @Test
    void an_assessment_completed_in_the_year_without_factors_or_with_an_unknown_factor_is_queried_8897Q() {
        var child = aChildWhose(episode -> withAssessments(episode,
                assessment(REFERRAL, REFERRAL.plusDays(20)),
                assessment(REFERRAL.plusDays(25), REFERRAL.plusDays(30), "2A", "99")));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Assessments[1]/FactorsIdentifiedAtAssessment",
                        "CINdetails[1]/Assessments[2]/FactorsIdentifiedAtAssessment");
    }

    @Test
    void an_assessment_completed_before_the_year_need_not_list_factors_8897Q() {
        var child = aChildWhose(episode -> withAssessments(referredOn(episode, LocalDate.of(2025, 3, 1)),
                assessment(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 31)),
                assessment(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1), "21")));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
