package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.cinPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.noFurtherAction;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withCinPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class NoCinPlanAfterNoFurtherActionTest {

    private final NoCinPlanAfterNoFurtherAction rule = new NoCinPlanAfterNoFurtherAction();

    @Test
    void a_cin_plan_on_a_referral_with_no_further_action_fails_4000() {
        var child = aChildWhose(episode -> noFurtherAction(
                withCinPlans(episode, cinPlan(REFERRAL.plusDays(1), REFERRAL.plusDays(5)))));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ReferralNFA");
    }

    @Test
    void a_referral_with_no_further_action_and_no_cin_plan_passes_4000() {
        var child = aChildWhose(episode -> noFurtherAction(episode));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
