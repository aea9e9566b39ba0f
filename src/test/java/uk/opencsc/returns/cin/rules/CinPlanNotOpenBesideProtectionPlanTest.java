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

class CinPlanNotOpenBesideProtectionPlanTest {

    private final CinPlanNotOpenBesideProtectionPlan rule = new CinPlanNotOpenBesideProtectionPlan();

    @Test
    void a_cin_plan_open_beside_a_child_protection_plan_fails_4001() {
        var child = aChildWhose(episode -> withProtectionPlans(
                withCinPlans(episode, cinPlan(REFERRAL.plusDays(1), null)),
                protectionPlan(REFERRAL.plusDays(10), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/CINPlanDates[1]/CINPlanEndDate");
    }

    @Test
    void a_cin_plan_ended_when_the_protection_plan_began_passes_4001() {
        var child = aChildWhose(episode -> withProtectionPlans(
                withCinPlans(episode, cinPlan(REFERRAL.plusDays(1), REFERRAL.plusDays(10))),
                protectionPlan(REFERRAL.plusDays(10), null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
