package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.diedOn;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.protectionPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withProtectionPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class ProtectionPlanStartsBeforeDeathTest {

    private final ProtectionPlanStartsBeforeDeath rule = new ProtectionPlanStartsBeforeDeath();

    @Test
    void a_protection_plan_starting_after_the_child_died_fails_8915() {
        var child = diedOn(aChildWhose(episode -> withProtectionPlans(episode,
                protectionPlan(REFERRAL.plusDays(10), null))), REFERRAL.plusDays(9));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ChildProtectionPlans[1]/CPPstartDate");
    }

    @Test
    void a_protection_plan_starting_on_the_day_the_child_died_passes_8915() {
        var child = diedOn(aChildWhose(episode -> withProtectionPlans(episode,
                protectionPlan(REFERRAL.plusDays(10), null))), REFERRAL.plusDays(10));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
