package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiry;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withInitialConferenceOn;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withSection47s;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class InitialConferenceOnOrAfterReferralTest {

    private final InitialConferenceOnOrAfterReferral rule = new InitialConferenceOnOrAfterReferral();

    @Test
    void an_initial_conference_before_the_referral_fails_1104_wherever_it_is_recorded() {
        var child = aChildWhose(episode -> withInitialConferenceOn(
                withSection47s(episode, enquiry(REFERRAL.minusDays(3), REFERRAL.minusDays(1))),
                REFERRAL.minusDays(2)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/DateOfInitialCPC",
                        "CINdetails[1]/Section47[1]/DateOfInitialCPC");
    }

    @Test
    void an_initial_conference_on_the_referral_day_passes_1104() {
        var child = aChildWhose(episode -> withSection47s(episode, enquiry(REFERRAL, REFERRAL)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
