package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiry;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiryNeedingNoConference;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withSection47s;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class OneOpenSection47PerEpisodeTest {

    private final OneOpenSection47PerEpisode rule = new OneOpenSection47PerEpisode();

    @Test
    void two_section_47s_awaiting_their_conference_in_one_episode_fail_8839() {
        var child = aChildWhose(episode -> withSection47s(episode,
                enquiry(REFERRAL, null), enquiry(REFERRAL.plusDays(5), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Section47[1]/DateOfInitialCPC",
                        "CINdetails[1]/Section47[2]/DateOfInitialCPC");
    }

    @Test
    void a_section_47_needing_no_conference_beside_one_awaiting_its_conference_passes_8839() {
        var child = aChildWhose(episode -> withSection47s(episode,
                enquiryNeedingNoConference(REFERRAL), enquiry(REFERRAL.plusDays(5), null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
