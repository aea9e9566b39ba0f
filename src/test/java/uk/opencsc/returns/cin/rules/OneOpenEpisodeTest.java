package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class OneOpenEpisodeTest {

    private final OneOpenEpisode rule = new OneOpenEpisode();

    @Test
    void two_open_episodes_with_further_action_fail_8815_at_each() {
        var child = aChild().episodes(anEpisode(), anEpisode().referred(REFERRAL.plusDays(60))).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/CINclosureDate", "CINdetails[2]/CINclosureDate");
    }

    @Test
    void one_open_episode_beside_a_closed_one_and_an_open_nfa_referral_passes_8815() {
        var child = aChild().episodes(
                anEpisode().referred(LocalDate.of(2025, 4, 7)).closed(LocalDate.of(2025, 5, 1), "RC7"),
                anEpisode(),
                anEpisode().referred(REFERRAL.plusDays(90)).nfa(true).assessments()).build();

        assertThat(rule.check(child, PERIOD)).isEmpty();
    }
}
