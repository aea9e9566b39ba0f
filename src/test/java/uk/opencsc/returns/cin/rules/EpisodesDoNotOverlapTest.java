package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class EpisodesDoNotOverlapTest {

    private final EpisodesDoNotOverlap rule = new EpisodesDoNotOverlap();

    @Test
    void a_referral_within_an_earlier_closed_episode_fails_8820() {
        var child = aChild().episodes(
                anEpisode().referred(LocalDate.of(2025, 5, 1)).closed(LocalDate.of(2025, 8, 1), "RC7"),
                anEpisode().referred(LocalDate.of(2025, 7, 1))).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[2]/CINreferralDate");
    }

    @Test
    void a_referral_while_an_earlier_episode_is_still_open_fails_8820() {
        var child = aChild().episodes(anEpisode(), anEpisode().referred(REFERRAL.plusDays(30))
                .closed(REFERRAL.plusDays(40), "RC7")).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[2]/CINreferralDate");
    }

    @Test
    void a_referral_on_the_day_the_previous_episode_closed_passes_8820() {
        var child = aChild().episodes(
                anEpisode().referred(LocalDate.of(2025, 5, 1)).closed(LocalDate.of(2025, 8, 1), "RC7"),
                anEpisode().referred(LocalDate.of(2025, 8, 1))).build();

        assertThat(rule.check(child, PERIOD)).isEmpty();
    }
}
