package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.REFERENCE_DATE;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.protectionPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withProtectionPlans;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ProtectionPlanStartInCollectionPeriodTest {

    private final ProtectionPlanStartInCollectionPeriod rule = new ProtectionPlanStartInCollectionPeriod();

    @Test
    void a_protection_plan_without_a_start_or_starting_after_the_reference_date_fails_8720() {
        var child = aChildWhose(episode -> withProtectionPlans(episode,
                protectionPlan(null, null), protectionPlan(LocalDate.of(2026, 4, 1), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ChildProtectionPlans[1]/CPPstartDate",
                        "CINdetails[1]/ChildProtectionPlans[2]/CPPstartDate");
    }

    @Test
    void a_protection_plan_starting_on_the_reference_date_passes_8720() {
        var child = aChildWhose(episode -> withProtectionPlans(episode, protectionPlan(REFERENCE_DATE, null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
