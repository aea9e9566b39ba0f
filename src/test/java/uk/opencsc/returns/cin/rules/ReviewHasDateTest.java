package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.protectionPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.reviewedOn;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withProtectionPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class ReviewHasDateTest {

    private final ReviewHasDate rule = new ReviewHasDate();

    @Test
    void a_review_without_a_date_is_queried_8842Q() {
        var child = aChildWhose(episode -> withProtectionPlans(episode,
                reviewedOn(protectionPlan(REFERRAL, null), REFERRAL.plusDays(40), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ChildProtectionPlans[1]/Reviews/CPPreviewDate[2]");
    }

    @Test
    void reviews_with_dates_pass_8842Q() {
        var child = aChildWhose(episode -> withProtectionPlans(episode,
                reviewedOn(protectionPlan(REFERRAL, null), REFERRAL.plusDays(40), REFERRAL.plusDays(130))));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
