package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.REFERENCE_DATE;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.assessment;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;
import static uk.opencsc.returns.cin.rules.CensusChildren.withAssessments;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AssessmentAuthorisedInCensusYearTest {

    private final AssessmentAuthorisedInCensusYear rule = new AssessmentAuthorisedInCensusYear();

    @Test
    void an_assessment_authorised_after_the_reference_date_fails_8696() {
        var child = aChildWhose(episode -> withAssessments(episode, assessment(REFERRAL, LocalDate.of(2026, 4, 1), "2A")));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Assessments[1]/AssessmentAuthorisationDate");
    }

    @Test
    void an_assessment_authorised_on_the_reference_date_passes_8696() {
        var child = aChildWhose(episode -> withAssessments(episode, assessment(REFERRAL, REFERENCE_DATE, "2A")));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
