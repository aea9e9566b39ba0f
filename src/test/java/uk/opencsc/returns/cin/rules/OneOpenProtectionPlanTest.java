package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.protectionPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.referredOn;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withEpisodes;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withProtectionPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;
import static uk.opencsc.returns.cin.rules.CensusChildren.aChild;
import static uk.opencsc.returns.cin.rules.CensusChildren.anEpisode;

import org.junit.jupiter.api.Test;

class OneOpenProtectionPlanTest {

    private final OneOpenProtectionPlan rule = new OneOpenProtectionPlan();

    @Test
    void two_open_protection_plans_in_different_episodes_fail_8935() {
        var child = withEpisodes(aChild(),
                withProtectionPlans(anEpisode(), protectionPlan(REFERRAL.plusDays(10), null)),
                withProtectionPlans(referredOn(anEpisode(), REFERRAL.plusDays(40)),
                        protectionPlan(REFERRAL.plusDays(50), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ChildProtectionPlans[1]/CPPendDate",
                        "CINdetails[2]/ChildProtectionPlans[1]/CPPendDate");
    }

    @Test
    void one_ended_and_one_open_protection_plan_pass_8935() {
        var child = withEpisodes(aChild(),
                withProtectionPlans(anEpisode(), protectionPlan(REFERRAL.plusDays(10), REFERRAL.plusDays(30))),
                withProtectionPlans(referredOn(anEpisode(), REFERRAL.plusDays(40)),
                        protectionPlan(REFERRAL.plusDays(50), null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
