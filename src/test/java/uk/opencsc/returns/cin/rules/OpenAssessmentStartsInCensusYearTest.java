package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.assessment;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.referredOn;
import static uk.opencsc.returns.cin.rules.CensusChildren.withAssessments;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class OpenAssessmentStartsInCensusYearTest {

    private final OpenAssessmentStartsInCensusYear rule = new OpenAssessmentStartsInCensusYear();

    @Test
    void an_open_assessment_started_before_the_census_year_fails_8736() {
        var child = aChildWhose(episode -> withAssessments(referredOn(episode, LocalDate.of(2025, 3, 20)),
                assessment(LocalDate.of(2025, 3, 31), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Assessments[1]/AssessmentActualStartDate");
    }

    @Test
    void an_open_assessment_started_on_the_first_day_of_the_year_passes_8736() {
        var child = aChildWhose(episode -> withAssessments(referredOn(episode, LocalDate.of(2025, 3, 20)),
                assessment(LocalDate.of(2025, 4, 1), null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
