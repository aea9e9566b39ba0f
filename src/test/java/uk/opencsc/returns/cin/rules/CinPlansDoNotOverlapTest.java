package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.cinPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withCinPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class CinPlansDoNotOverlapTest {

    private final CinPlansDoNotOverlap rule = new CinPlansDoNotOverlap();

    @Test
    void a_cin_plan_starting_on_the_day_another_ends_fails_4014() {
        var child = aChildWhose(episode -> withCinPlans(episode,
                cinPlan(REFERRAL.plusDays(1), REFERRAL.plusDays(30)), cinPlan(REFERRAL.plusDays(30), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/CINPlanDates[2]/CINPlanStartDate");
    }

    @Test
    void a_cin_plan_starting_the_day_after_another_ends_passes_4014() {
        var child = aChildWhose(episode -> withCinPlans(episode,
                cinPlan(REFERRAL.plusDays(1), REFERRAL.plusDays(29)), cinPlan(REFERRAL.plusDays(30), null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
