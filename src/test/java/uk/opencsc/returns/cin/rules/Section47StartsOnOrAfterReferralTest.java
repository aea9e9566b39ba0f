package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiry;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withSection47s;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;

import org.junit.jupiter.api.Test;

class Section47StartsOnOrAfterReferralTest {

    private final Section47StartsOnOrAfterReferral rule = new Section47StartsOnOrAfterReferral();

    @Test
    void a_section_47_starting_before_the_referral_fails_2889() {
        var child = aChildWhose(episode -> withSection47s(episode, enquiry(REFERRAL.minusDays(1), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Section47[1]/S47ActualStartDate");
    }

    @Test
    void a_section_47_starting_on_the_referral_day_passes_2889() {
        var child = aChildWhose(episode -> withSection47s(episode, enquiry(REFERRAL, null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
