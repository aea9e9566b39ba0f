package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiry;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withInitialConferenceOn;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withEpisodes;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withSection47s;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.closedOn;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.referredOn;
import static uk.opencsc.returns.cin.rules.CensusChildren.anEpisode;
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

    @Test
    void a_conference_on_an_episode_without_an_enquiry_and_another_episodes_enquiry_the_same_day_passes_2884() {
        // the DfE matches the two places within one CINdetails: two episodes' conferences are two conferences
        var closedWithoutEnquiry = withInitialConferenceOn(closedOn(anEpisode(), REFERRAL.plusDays(20), "RC7"), REFERRAL.plusDays(10));
        var withEnquiry = withSection47s(referredOn(anEpisode(), REFERRAL.plusDays(1)), enquiry(REFERRAL.plusDays(2), REFERRAL.plusDays(10)));
        var child = withEpisodes(aChildWhose(episode -> episode), closedWithoutEnquiry, withEnquiry);

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
