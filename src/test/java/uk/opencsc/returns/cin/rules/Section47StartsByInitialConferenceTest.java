package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiry;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withSection47s;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class Section47StartsByInitialConferenceTest {

    private final Section47StartsByInitialConference rule = new Section47StartsByInitialConference();

    @Test
    void a_section_47_starting_after_its_conference_or_without_a_start_fails_8615() {
        var child = aChildWhose(episode -> withSection47s(episode,
                enquiry(null, REFERRAL.plusDays(9)),
                enquiry(REFERRAL.plusDays(10), REFERRAL.plusDays(9))));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Section47[1]/S47ActualStartDate",
                        "CINdetails[1]/Section47[2]/S47ActualStartDate");
    }

    @Test
    void a_section_47_starting_on_the_day_of_its_conference_passes_8615() {
        var child = aChildWhose(episode -> withSection47s(episode, enquiry(REFERRAL.plusDays(10), REFERRAL.plusDays(10))));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
