package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.cinPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withCinPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class CinPlanEndsAfterStartTest {

    private final CinPlanEndsAfterStart rule = new CinPlanEndsAfterStart();

    @Test
    void a_cin_plan_ending_before_it_started_fails_4011() {
        var child = aChildWhose(episode -> withCinPlans(episode,
                cinPlan(REFERRAL.plusDays(10), REFERRAL.plusDays(9))));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/CINPlanDates[1]/CINPlanEndDate");
    }

    @Test
    void a_cin_plan_ending_the_day_it_started_passes_4011() {
        var child = aChildWhose(episode -> withCinPlans(episode,
                cinPlan(REFERRAL.plusDays(10), REFERRAL.plusDays(10))));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
