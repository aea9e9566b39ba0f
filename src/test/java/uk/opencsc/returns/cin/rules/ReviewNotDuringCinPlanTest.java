package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.cinPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.protectionPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.reviewedOn;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withCinPlans;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withProtectionPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class ReviewNotDuringCinPlanTest {

    private final ReviewNotDuringCinPlan rule = new ReviewNotDuringCinPlan();

    @Test
    void a_protection_plan_review_while_a_cin_plan_is_open_fails_4003() {
        var child = aChildWhose(episode -> withProtectionPlans(
                withCinPlans(episode, cinPlan(REFERRAL.plusDays(1), null)),
                reviewedOn(protectionPlan(REFERRAL.plusDays(10), REFERRAL.plusDays(100)), REFERRAL.plusDays(50))));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ChildProtectionPlans[1]/Reviews/CPPreviewDate[1]");
    }

    @Test
    void a_review_ending_the_protection_plan_on_the_day_the_cin_plan_begins_passes_4003() {
        var child = aChildWhose(episode -> withProtectionPlans(
                withCinPlans(episode, cinPlan(REFERRAL.plusDays(100), null)),
                reviewedOn(protectionPlan(REFERRAL.plusDays(10), REFERRAL.plusDays(100)),
                        REFERRAL.plusDays(50), REFERRAL.plusDays(100))));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
