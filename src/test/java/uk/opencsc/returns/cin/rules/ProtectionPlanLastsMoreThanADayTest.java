package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.protectionPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withProtectionPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class ProtectionPlanLastsMoreThanADayTest {

    private final ProtectionPlanLastsMoreThanADay rule = new ProtectionPlanLastsMoreThanADay();

    @Test
    void a_protection_plan_starting_and_ending_the_same_day_fails_8840() {
        var child = aChildWhose(episode -> withProtectionPlans(episode,
                protectionPlan(REFERRAL.plusDays(10), REFERRAL.plusDays(10))));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ChildProtectionPlans[1]/CPPendDate");
    }

    @Test
    void a_protection_plan_ending_the_next_day_passes_8840() {
        var child = aChildWhose(episode -> withProtectionPlans(episode,
                protectionPlan(REFERRAL.plusDays(10), REFERRAL.plusDays(11))));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
