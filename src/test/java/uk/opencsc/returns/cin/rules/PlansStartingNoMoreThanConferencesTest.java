package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiry;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.protectionPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withInitialConferenceOn;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withProtectionPlans;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withSection47s;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;
import static uk.opencsc.returns.cin.rules.CensusChildren.aChild;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.opencsc.returns.cin.CensusHeader;

class PlansStartingNoMoreThanConferencesTest {

    private final PlansStartingNoMoreThanConferences rule = new PlansStartingNoMoreThanConferences();
    private final CensusHeader header = new CensusHeader("CIN", "2026", LocalDate.of(2026, 3, 31), "L", "201", null,
            null, null, null);

    @Test
    void more_protection_plans_starting_than_initial_conferences_in_the_return_fails_2883() {
        var tally = rule.start(header, CENSUS_2026);
        tally.see(aChildWhose(episode -> withProtectionPlans(
                withSection47s(episode, enquiry(REFERRAL, REFERRAL.plusDays(10))),
                protectionPlan(REFERRAL.plusDays(10), REFERRAL.plusDays(100)),
                protectionPlan(REFERRAL.plusDays(200), null))));
        tally.see(aChild());

        assertThat(tally.finish()).singleElement().satisfies(failure -> {
            assertThat(failure.code()).isEqualTo("2883");
            assertThat(failure.child()).isNull();
            assertThat(failure.element().value()).isEqualTo("ChildProtectionPlans/CPPstartDate");
        });
    }

    @Test
    void as_many_initial_conferences_as_protection_plans_starting_across_children_passes_2883() {
        var tally = rule.start(header, CENSUS_2026);
        tally.see(aChildWhose(episode -> withProtectionPlans(
                withSection47s(episode, enquiry(REFERRAL, REFERRAL.plusDays(10))),
                protectionPlan(REFERRAL.plusDays(10), REFERRAL.plusDays(100)),
                protectionPlan(REFERRAL.plusDays(200), null))));
        tally.see(aChildWhose(episode -> withInitialConferenceOn(episode, REFERRAL.plusDays(30))));

        assertThat(tally.finish()).isEmpty();
    }
}
