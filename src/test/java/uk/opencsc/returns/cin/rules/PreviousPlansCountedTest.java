package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.protectionPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withPreviousPlans;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withProtectionPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class PreviousPlansCountedTest {

    private final PreviousPlansCounted rule = new PreviousPlansCounted();

    @Test
    void a_protection_plan_without_its_number_of_previous_plans_fails_8730() {
        var child = aChildWhose(episode -> withProtectionPlans(episode,
                withPreviousPlans(protectionPlan(REFERRAL, null), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ChildProtectionPlans[1]/NumberOfPreviousCPP");
    }

    @Test
    void a_first_protection_plan_with_no_previous_plans_passes_8730() {
        var child = aChildWhose(episode -> withProtectionPlans(episode,
                withPreviousPlans(protectionPlan(REFERRAL, null), 0)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
