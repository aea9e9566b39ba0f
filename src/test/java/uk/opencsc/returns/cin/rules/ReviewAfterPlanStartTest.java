package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.protectionPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.reviewedOn;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withProtectionPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class ReviewAfterPlanStartTest {

    private final ReviewAfterPlanStart rule = new ReviewAfterPlanStart();

    @Test
    void a_review_on_the_day_the_protection_plan_starts_fails_8841() {
        var child = aChildWhose(episode -> withProtectionPlans(episode,
                reviewedOn(protectionPlan(REFERRAL.plusDays(10), null), REFERRAL.plusDays(10))));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ChildProtectionPlans[1]/Reviews/CPPreviewDate[1]");
    }

    @Test
    void a_review_the_day_after_the_protection_plan_starts_passes_8841() {
        var child = aChildWhose(episode -> withProtectionPlans(episode,
                reviewedOn(protectionPlan(REFERRAL.plusDays(10), null), REFERRAL.plusDays(11))));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
