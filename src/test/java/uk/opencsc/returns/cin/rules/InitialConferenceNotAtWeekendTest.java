package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiry;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withSection47s;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class InitialConferenceNotAtWeekendTest {

    private final InitialConferenceNotAtWeekend rule = new InitialConferenceNotAtWeekend();

    @Test
    void an_initial_conference_on_a_saturday_fails_8875() {
        var child = aChildWhose(episode -> withSection47s(episode, enquiry(REFERRAL, LocalDate.of(2025, 6, 7))));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Section47[1]/DateOfInitialCPC");
    }

    @Test
    void an_initial_conference_on_a_monday_passes_8875() {
        var child = aChildWhose(episode -> withSection47s(episode, enquiry(REFERRAL, LocalDate.of(2025, 6, 9))));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
