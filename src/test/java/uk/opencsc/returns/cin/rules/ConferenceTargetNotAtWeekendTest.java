package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiryWithTarget;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withSection47s;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ConferenceTargetNotAtWeekendTest {

    private final ConferenceTargetNotAtWeekend rule = new ConferenceTargetNotAtWeekend();

    @Test
    void a_conference_target_on_a_sunday_is_queried_8870Q() {
        var child = aChildWhose(episode -> withSection47s(episode, enquiryWithTarget(REFERRAL, LocalDate.of(2025, 6, 8))));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Section47[1]/InitialCPCtarget");
    }

    @Test
    void a_conference_target_on_a_weekday_passes_8870Q() {
        var child = aChildWhose(episode -> withSection47s(episode, enquiryWithTarget(REFERRAL, LocalDate.of(2025, 6, 9))));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
