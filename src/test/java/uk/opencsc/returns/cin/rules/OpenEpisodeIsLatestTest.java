package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import org.junit.jupiter.api.Test;

class OpenEpisodeIsLatestTest {

    private final OpenEpisodeIsLatest rule = new OpenEpisodeIsLatest();

    @Test
    void an_open_episode_referred_before_another_fails_8816() {
        var child = aChild().episodes(anEpisode(), anEpisode().noFurtherActionOn(REFERRAL.plusDays(60))).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/CINreferralDate");
    }

    @Test
    void an_open_episode_referred_last_passes_8816() {
        var child = aChild().episodes(anEpisode().noFurtherActionOn(REFERRAL.minusDays(60)), anEpisode()).build();

        assertThat(rule.check(child, PERIOD)).isEmpty();
    }
}
