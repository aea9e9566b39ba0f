package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.protectionPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withProtectionPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class ProtectionPlanEndsAfterStartTest {

    private final ProtectionPlanEndsAfterStart rule = new ProtectionPlanEndsAfterStart();

    @Test
    void a_protection_plan_ending_before_it_started_fails_8925() {
        var child = aChildWhose(episode -> withProtectionPlans(episode,
                protectionPlan(REFERRAL.plusDays(10), REFERRAL.plusDays(9))));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ChildProtectionPlans[1]/CPPendDate");
    }

    @Test
    void a_protection_plan_ending_after_it_started_passes_8925() {
        var child = aChildWhose(episode -> withProtectionPlans(episode,
                protectionPlan(REFERRAL.plusDays(10), REFERRAL.plusDays(11))));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
