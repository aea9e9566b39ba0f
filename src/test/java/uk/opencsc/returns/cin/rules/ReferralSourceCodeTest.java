package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReferralSourceCodeTest {

    private final ReferralSourceCode rule = new ReferralSourceCode();

    @Test
    void a_missing_or_unknown_referral_source_fails_8866() {
        var child = aChild().episodes(anEpisode().source("1Z"), anEpisode().source(null)).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ReferralSource", "CINdetails[2]/ReferralSource");
    }

    @Test
    void a_census_source_or_a_referral_before_april_2013_passes_8866() {
        assertThat(rule.check(aChild().episodes(anEpisode().source("5D")).build(), PERIOD)).isEmpty();
        var old = aChild().episodes(anEpisode().referred(LocalDate.of(2013, 3, 31)).source(null)).build();
        assertThat(rule.check(old, PERIOD)).isEmpty();
    }
}
