package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.REFERENCE_DATE;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.cinPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withCinPlans;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CinPlanStartInCollectionPeriodTest {

    private final CinPlanStartInCollectionPeriod rule = new CinPlanStartInCollectionPeriod();

    @Test
    void a_cin_plan_without_a_start_or_starting_after_the_reference_date_fails_4010() {
        var child = aChildWhose(episode -> withCinPlans(episode,
                cinPlan(null, null), cinPlan(LocalDate.of(2026, 4, 1), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/CINPlanDates[1]/CINPlanStartDate",
                        "CINdetails[1]/CINPlanDates[2]/CINPlanStartDate");
    }

    @Test
    void a_cin_plan_starting_on_the_reference_date_passes_4010() {
        var child = aChildWhose(episode -> withCinPlans(episode, cinPlan(REFERENCE_DATE, null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
