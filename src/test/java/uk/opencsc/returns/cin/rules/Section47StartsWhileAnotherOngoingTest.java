package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiry;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiryNeedingNoConference;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withSection47s;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class Section47StartsWhileAnotherOngoingTest {

    private final Section47StartsWhileAnotherOngoing rule = new Section47StartsWhileAnotherOngoing();

    @Test
    void a_section_47_starting_before_another_has_had_its_conference_fails_8890() {
        var child = aChildWhose(episode -> withSection47s(episode,
                enquiry(REFERRAL, REFERRAL.plusDays(10)), enquiry(REFERRAL.plusDays(5), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Section47[2]/S47ActualStartDate");
    }

    @Test
    void a_section_47_after_one_that_needed_no_conference_passes_8890() {
        var child = aChildWhose(episode -> withSection47s(episode,
                enquiryNeedingNoConference(REFERRAL), enquiry(REFERRAL.plusDays(5), REFERRAL.plusDays(10))));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
