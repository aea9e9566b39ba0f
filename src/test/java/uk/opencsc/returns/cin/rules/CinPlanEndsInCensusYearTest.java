package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.REFERENCE_DATE;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.cinPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withCinPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CinPlanEndsInCensusYearTest {

    private final CinPlanEndsInCensusYear rule = new CinPlanEndsInCensusYear();

    @Test
    void a_cin_plan_ending_after_the_reference_date_fails_4013() {
        var child = aChildWhose(episode -> withCinPlans(episode, cinPlan(REFERRAL, LocalDate.of(2026, 4, 1))));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/CINPlanDates[1]/CINPlanEndDate");
    }

    @Test
    void a_cin_plan_ending_on_the_reference_date_passes_4013() {
        var child = aChildWhose(episode -> withCinPlans(episode, cinPlan(REFERRAL, REFERENCE_DATE)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
