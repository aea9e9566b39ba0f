package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.protectionPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withCategories;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withProtectionPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class InitialCategoryOfAbuseValidTest {

    private final InitialCategoryOfAbuseValid rule = new InitialCategoryOfAbuseValid();

    @Test
    void a_missing_or_unknown_initial_category_of_abuse_fails_8905() {
        var child = aChildWhose(episode -> withProtectionPlans(episode,
                withCategories(protectionPlan(REFERRAL, REFERRAL.plusDays(40)), null, "NEG"),
                withCategories(protectionPlan(REFERRAL.plusDays(50), null), "XYZ", "NEG")));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ChildProtectionPlans[1]/InitialCategoryOfAbuse",
                        "CINdetails[1]/ChildProtectionPlans[2]/InitialCategoryOfAbuse");
    }

    @Test
    void a_census_initial_category_of_abuse_passes_8905() {
        var child = aChildWhose(episode -> withProtectionPlans(episode,
                withCategories(protectionPlan(REFERRAL, null), "MUL", "NEG")));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
