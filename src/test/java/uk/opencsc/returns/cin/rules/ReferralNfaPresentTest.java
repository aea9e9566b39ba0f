package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import org.junit.jupiter.api.Test;

class ReferralNfaPresentTest {

    private final ReferralNfaPresent rule = new ReferralNfaPresent();

    @Test
    void an_episode_without_its_nfa_flag_fails_8568() {
        var child = aChild().episodes(anEpisode().nfa(null)).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ReferralNFA");
    }

    @Test
    void an_episode_flagged_true_or_false_passes_8568() {
        assertThat(rule.check(aChild().episodes(anEpisode().nfa(false)).build(), PERIOD)).isEmpty();
        assertThat(rule.check(aChild().episodes(anEpisode().noFurtherActionOn(REFERRAL)).build(), PERIOD)).isEmpty();
    }
}
