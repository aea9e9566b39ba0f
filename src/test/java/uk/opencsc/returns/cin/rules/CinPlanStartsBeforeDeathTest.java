package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.cinPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.diedOn;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withCinPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class CinPlanStartsBeforeDeathTest {

    private final CinPlanStartsBeforeDeath rule = new CinPlanStartsBeforeDeath();

    @Test
    void a_cin_plan_starting_after_the_child_died_fails_4008() {
        var child = diedOn(aChildWhose(episode -> withCinPlans(episode, cinPlan(REFERRAL.plusDays(10), null))),
                REFERRAL.plusDays(9));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/CINPlanDates[1]/CINPlanStartDate");
    }

    @Test
    void a_cin_plan_starting_on_the_day_the_child_died_passes_4008() {
        var child = diedOn(aChildWhose(episode -> withCinPlans(episode, cinPlan(REFERRAL.plusDays(10), null))),
                REFERRAL.plusDays(10));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
