package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.cinPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withCinPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class CinPlanStartsOnOrAfterReferralTest {

    private final CinPlanStartsOnOrAfterReferral rule = new CinPlanStartsOnOrAfterReferral();

    @Test
    void a_cin_plan_starting_before_the_referral_fails_4015() {
        var child = aChildWhose(episode -> withCinPlans(episode, cinPlan(REFERRAL.minusDays(1), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/CINPlanDates[1]/CINPlanStartDate");
    }

    @Test
    void a_cin_plan_starting_on_the_referral_day_passes_4015() {
        var child = aChildWhose(episode -> withCinPlans(episode, cinPlan(REFERRAL, null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
