package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.cinPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withCinPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class CinPlanLastsMoreThanADayTest {

    private final CinPlanLastsMoreThanADay rule = new CinPlanLastsMoreThanADay();

    @Test
    void a_cin_plan_starting_and_ending_the_same_day_is_queried_4012Q() {
        var child = aChildWhose(episode -> withCinPlans(episode,
                cinPlan(REFERRAL.plusDays(10), REFERRAL.plusDays(10))));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/CINPlanDates[1]/CINPlanEndDate");
    }

    @Test
    void a_cin_plan_ending_the_next_day_passes_4012Q() {
        var child = aChildWhose(episode -> withCinPlans(episode,
                cinPlan(REFERRAL.plusDays(10), REFERRAL.plusDays(11))));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
