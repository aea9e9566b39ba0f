package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.closedOn;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiry;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiryNeedingNoConference;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withSection47s;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class ClosedEpisodeSection47sCompleteTest {

    private final ClosedEpisodeSection47sComplete rule = new ClosedEpisodeSection47sComplete();

    @Test
    void a_closed_episode_with_a_section_47_still_awaiting_its_conference_fails_8868() {
        var child = aChildWhose(episode -> closedOn(withSection47s(episode, enquiry(REFERRAL, null)),
                REFERRAL.plusDays(30), "RC1"));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Section47[1]/DateOfInitialCPC");
    }

    @Test
    void a_closed_episode_with_a_section_47_needing_no_conference_passes_8868() {
        var child = aChildWhose(episode -> closedOn(withSection47s(episode, enquiryNeedingNoConference(REFERRAL)),
                REFERRAL.plusDays(30), "RC1"));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
