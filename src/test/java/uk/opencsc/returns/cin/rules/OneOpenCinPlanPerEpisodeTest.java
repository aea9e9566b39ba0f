package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.cinPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withCinPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class OneOpenCinPlanPerEpisodeTest {

    private final OneOpenCinPlanPerEpisode rule = new OneOpenCinPlanPerEpisode();

    @Test
    void two_open_cin_plans_in_one_episode_fail_4004() {
        var child = aChildWhose(episode -> withCinPlans(episode,
                cinPlan(REFERRAL.plusDays(1), null), cinPlan(REFERRAL.plusDays(30), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/CINPlanDates[1]/CINPlanEndDate",
                        "CINdetails[1]/CINPlanDates[2]/CINPlanEndDate");
    }

    @Test
    void one_ended_and_one_open_cin_plan_pass_4004() {
        var child = aChildWhose(episode -> withCinPlans(episode,
                cinPlan(REFERRAL.plusDays(1), REFERRAL.plusDays(29)), cinPlan(REFERRAL.plusDays(30), null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
