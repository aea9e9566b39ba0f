package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.cinPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.protectionPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withCinPlans;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withProtectionPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class ProtectionPlanDoesNotStartDuringCinPlanTest {

    private final ProtectionPlanDoesNotStartDuringCinPlan rule = new ProtectionPlanDoesNotStartDuringCinPlan();

    @Test
    void a_protection_plan_starting_while_a_cin_plan_is_open_fails_4017() {
        var child = aChildWhose(episode -> withProtectionPlans(
                withCinPlans(episode, cinPlan(REFERRAL.plusDays(1), null)),
                protectionPlan(REFERRAL.plusDays(10), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ChildProtectionPlans[1]/CPPstartDate");
    }

    @Test
    void a_protection_plan_starting_the_day_the_cin_plan_ends_passes_4017() {
        var child = aChildWhose(episode -> withProtectionPlans(
                withCinPlans(episode, cinPlan(REFERRAL.plusDays(1), REFERRAL.plusDays(10))),
                protectionPlan(REFERRAL.plusDays(10), null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
