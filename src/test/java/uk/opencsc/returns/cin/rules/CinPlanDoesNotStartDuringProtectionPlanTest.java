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

class CinPlanDoesNotStartDuringProtectionPlanTest {

    private final CinPlanDoesNotStartDuringProtectionPlan rule = new CinPlanDoesNotStartDuringProtectionPlan();

    @Test
    void a_cin_plan_starting_while_a_protection_plan_is_open_fails_4016() {
        var child = aChildWhose(episode -> withProtectionPlans(
                withCinPlans(episode, cinPlan(REFERRAL.plusDays(20), null)),
                protectionPlan(REFERRAL.plusDays(10), REFERRAL.plusDays(40))));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/CINPlanDates[1]/CINPlanStartDate");
    }

    @Test
    void a_cin_plan_starting_the_day_the_protection_plan_ends_passes_4016() {
        var child = aChildWhose(episode -> withProtectionPlans(
                withCinPlans(episode, cinPlan(REFERRAL.plusDays(40), null)),
                protectionPlan(REFERRAL.plusDays(10), REFERRAL.plusDays(40))));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
