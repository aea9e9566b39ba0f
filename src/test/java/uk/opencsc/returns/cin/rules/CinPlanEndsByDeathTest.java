package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.cinPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.diedOn;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withCinPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class CinPlanEndsByDeathTest {

    private final CinPlanEndsByDeath rule = new CinPlanEndsByDeath();

    @Test
    void a_cin_plan_ending_after_the_child_died_is_queried_4009Q() {
        var child = diedOn(aChildWhose(episode -> withCinPlans(episode,
                cinPlan(REFERRAL.plusDays(1), REFERRAL.plusDays(20)))), REFERRAL.plusDays(19));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/CINPlanDates[1]/CINPlanEndDate");
    }

    @Test
    void a_cin_plan_ending_on_the_day_the_child_died_passes_4009Q() {
        var child = diedOn(aChildWhose(episode -> withCinPlans(episode,
                cinPlan(REFERRAL.plusDays(1), REFERRAL.plusDays(20)))), REFERRAL.plusDays(20));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
