package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReferralDateInCensusTest {

    private final ReferralDateInCensus rule = new ReferralDateInCensus();

    @Test
    void a_referral_after_the_reference_date_fails_8600() {
        var child = aChild().episodes(anEpisode(), anEpisode().referred(LocalDate.of(2026, 4, 1))).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[2]/CINreferralDate");
    }

    @Test
    void a_missing_referral_date_fails_8600() {
        assertThat(rule.check(aChild().episodes(anEpisode().referred(null)).build(), PERIOD)).hasSize(1);
    }

    @Test
    void a_referral_on_or_before_the_reference_date_passes_8600() {
        var child = aChild().episodes(anEpisode().referred(LocalDate.of(2026, 3, 31))).build();

        assertThat(rule.check(child, PERIOD)).isEmpty();
    }
}
