package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.REFERENCE_DATE;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiry;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withSection47s;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class InitialConferenceInCensusYearTest {

    private final InitialConferenceInCensusYear rule = new InitialConferenceInCensusYear();

    @Test
    void an_initial_conference_after_the_reference_date_fails_8715() {
        var child = aChildWhose(episode -> withSection47s(episode, enquiry(REFERRAL, LocalDate.of(2026, 4, 1))));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Section47[1]/DateOfInitialCPC");
    }

    @Test
    void an_initial_conference_on_the_reference_date_passes_8715() {
        var child = aChildWhose(episode -> withSection47s(episode, enquiry(REFERRAL, REFERENCE_DATE)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
