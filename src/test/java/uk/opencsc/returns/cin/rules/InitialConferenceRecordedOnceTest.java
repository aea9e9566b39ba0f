package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiry;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withInitialConferenceOn;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withSection47s;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class InitialConferenceRecordedOnceTest {

    private final InitialConferenceRecordedOnce rule = new InitialConferenceRecordedOnce();

    @Test
    void an_initial_conference_recorded_on_both_the_episode_and_its_section_47_fails_2884() {
        var child = aChildWhose(episode -> withInitialConferenceOn(
                withSection47s(episode, enquiry(REFERRAL, REFERRAL.plusDays(10))), REFERRAL.plusDays(10)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Section47[1]/DateOfInitialCPC",
                        "CINdetails[1]/DateOfInitialCPC");
    }

    @Test
    void an_initial_conference_recorded_only_on_its_section_47_passes_2884() {
        var child = aChildWhose(episode -> withSection47s(episode, enquiry(REFERRAL, REFERRAL.plusDays(10))));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
