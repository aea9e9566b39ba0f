package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.REFERENCE_DATE;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.protectionPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withProtectionPlans;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ProtectionPlanEndsInCensusYearTest {

    private final ProtectionPlanEndsInCensusYear rule = new ProtectionPlanEndsInCensusYear();

    @Test
    void a_protection_plan_ending_after_the_reference_date_fails_8930() {
        var child = aChildWhose(episode -> withProtectionPlans(episode,
                protectionPlan(REFERRAL, LocalDate.of(2026, 4, 1))));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ChildProtectionPlans[1]/CPPendDate");
    }

    @Test
    void a_protection_plan_ending_on_the_reference_date_passes_8930() {
        var child = aChildWhose(episode -> withProtectionPlans(episode, protectionPlan(REFERRAL, REFERENCE_DATE)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
