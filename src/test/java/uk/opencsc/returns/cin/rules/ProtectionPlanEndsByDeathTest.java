package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.diedOn;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.protectionPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withProtectionPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class ProtectionPlanEndsByDeathTest {

    private final ProtectionPlanEndsByDeath rule = new ProtectionPlanEndsByDeath();

    @Test
    void a_protection_plan_ending_after_the_child_died_fails_8920() {
        var child = diedOn(aChildWhose(episode -> withProtectionPlans(episode,
                protectionPlan(REFERRAL.plusDays(1), REFERRAL.plusDays(20)))), REFERRAL.plusDays(19));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ChildProtectionPlans[1]/CPPendDate");
    }

    @Test
    void a_protection_plan_ending_on_the_day_the_child_died_passes_8920() {
        var child = diedOn(aChildWhose(episode -> withProtectionPlans(episode,
                protectionPlan(REFERRAL.plusDays(1), REFERRAL.plusDays(20)))), REFERRAL.plusDays(20));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
