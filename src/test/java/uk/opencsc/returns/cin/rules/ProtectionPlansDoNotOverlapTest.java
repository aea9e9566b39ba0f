package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.protectionPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withProtectionPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class ProtectionPlansDoNotOverlapTest {

    private final ProtectionPlansDoNotOverlap rule = new ProtectionPlansDoNotOverlap();

    @Test
    void a_protection_plan_starting_while_another_is_open_fails_8940() {
        var child = aChildWhose(episode -> withProtectionPlans(episode,
                protectionPlan(REFERRAL.plusDays(10), REFERRAL.plusDays(40)), protectionPlan(REFERRAL.plusDays(20), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ChildProtectionPlans[2]/CPPstartDate");
    }

    @Test
    void a_protection_plan_starting_the_day_after_another_ends_passes_8940() {
        var child = aChildWhose(episode -> withProtectionPlans(episode,
                protectionPlan(REFERRAL.plusDays(10), REFERRAL.plusDays(40)), protectionPlan(REFERRAL.plusDays(41), null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
