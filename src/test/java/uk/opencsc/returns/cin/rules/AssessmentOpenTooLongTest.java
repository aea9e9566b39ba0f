package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.assessment;
import static uk.opencsc.returns.cin.rules.CensusChildren.withAssessments;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AssessmentOpenTooLongTest {

    private final AssessmentOpenTooLong rule = new AssessmentOpenTooLong();

    @Test
    void an_assessment_started_46_working_days_before_the_reference_date_and_not_authorised_is_queried_8670Q() {
        var child = aChildWhose(episode -> withAssessments(episode, assessment(LocalDate.of(2026, 1, 26), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Assessments[1]/AssessmentActualStartDate");
    }

    @Test
    void an_assessment_started_45_working_days_before_the_reference_date_passes_8670Q() {
        var child = aChildWhose(episode -> withAssessments(episode, assessment(LocalDate.of(2026, 1, 27), null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
