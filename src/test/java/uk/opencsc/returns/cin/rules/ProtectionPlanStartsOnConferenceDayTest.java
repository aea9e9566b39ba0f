package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiry;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.protectionPlan;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withProtectionPlans;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withSection47s;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class ProtectionPlanStartsOnConferenceDayTest {

    private final ProtectionPlanStartsOnConferenceDay rule = new ProtectionPlanStartsOnConferenceDay();

    @Test
    void a_protection_plan_starting_on_a_day_with_no_conference_fails_2885() {
        var child = aChildWhose(episode -> withProtectionPlans(
                withSection47s(episode, enquiry(REFERRAL, REFERRAL.plusDays(9))),
                protectionPlan(REFERRAL.plusDays(10), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ChildProtectionPlans[1]/CPPstartDate");
    }

    @Test
    void a_protection_plan_starting_on_the_day_of_its_initial_conference_passes_2885() {
        var child = aChildWhose(episode -> withProtectionPlans(
                withSection47s(episode, enquiry(REFERRAL, REFERRAL.plusDays(10))),
                protectionPlan(REFERRAL.plusDays(10), null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
