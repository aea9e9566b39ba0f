package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class NfaOnlyForReferralsInYearTest {

    private final NfaOnlyForReferralsInYear rule = new NfaOnlyForReferralsInYear();

    @Test
    void an_nfa_referral_made_before_the_last_working_day_of_the_previous_year_fails_8569Q() {
        // 31 March 2025 was a Monday, the working day before 1 April 2025.
        var child = aChild().episodes(anEpisode().noFurtherActionOn(LocalDate.of(2025, 3, 28))).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ReferralNFA");
    }

    @Test
    void an_nfa_referral_on_that_working_day_passes_8569Q() {
        var child = aChild().episodes(anEpisode().noFurtherActionOn(LocalDate.of(2025, 3, 31))).build();

        assertThat(rule.check(child, PERIOD)).isEmpty();
    }

    @Test
    void the_working_day_before_1_april_2024_skips_easter_and_the_weekend() {
        // 1 April 2024 was Easter Monday; the Friday before was Good Friday: Thursday 28 March.
        assertThat(NfaOnlyForReferralsInYear.workingDayBefore(LocalDate.of(2024, 4, 1),
                uk.opencsc.returns.cin.CensusPeriod.yearEnding(2025))).isEqualTo(LocalDate.of(2024, 3, 28));
    }
}
