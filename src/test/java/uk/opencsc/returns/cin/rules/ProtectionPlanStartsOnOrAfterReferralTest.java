package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.protectionPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withProtectionPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class ProtectionPlanStartsOnOrAfterReferralTest {

    private final ProtectionPlanStartsOnOrAfterReferral rule = new ProtectionPlanStartsOnOrAfterReferral();

    @Test
    void a_protection_plan_starting_before_the_referral_fails_1105() {
        var child = aChildWhose(episode -> withProtectionPlans(episode, protectionPlan(REFERRAL.minusDays(1), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ChildProtectionPlans[1]/CPPstartDate");
    }

    @Test
    void a_protection_plan_starting_on_the_referral_day_passes_1105() {
        var child = aChildWhose(episode -> withProtectionPlans(episode, protectionPlan(REFERRAL, null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
