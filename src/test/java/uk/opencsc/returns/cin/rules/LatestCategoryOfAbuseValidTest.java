package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.protectionPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withCategories;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withProtectionPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class LatestCategoryOfAbuseValidTest {

    private final LatestCategoryOfAbuseValid rule = new LatestCategoryOfAbuseValid();

    @Test
    void a_latest_category_of_abuse_not_in_the_census_code_set_fails_8910() {
        var child = aChildWhose(episode -> withProtectionPlans(episode,
                withCategories(protectionPlan(REFERRAL, null), "NEG", "neg")));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ChildProtectionPlans[1]/LatestCategoryOfAbuse");
    }

    @Test
    void a_census_latest_category_of_abuse_passes_8910() {
        var child = aChildWhose(episode -> withProtectionPlans(episode,
                withCategories(protectionPlan(REFERRAL, null), "NEG", "EMO")));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
