package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aProtectionPlan;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import org.junit.jupiter.api.Test;

class NoProtectionPlanOnNfaReferralTest {

    private final NoProtectionPlanOnNfaReferral rule = new NoProtectionPlanOnNfaReferral();

    @Test
    void a_protection_plan_on_an_nfa_referral_fails_8832() {
        var child = aChild().episodes(anEpisode().noFurtherActionOn(REFERRAL)
                .protectionPlan(aProtectionPlan(REFERRAL, null))).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ChildProtectionPlans[1]");
    }

    @Test
    void a_protection_plan_after_further_action_passes_8832() {
        var child = aChild().episodes(anEpisode().protectionPlan(aProtectionPlan(REFERRAL.plusDays(20), null))).build();

        assertThat(rule.check(child, PERIOD)).isEmpty();
    }
}
