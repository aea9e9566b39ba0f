package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import org.junit.jupiter.api.Test;

class PrimaryNeedForFurtherActionTest {

    private final PrimaryNeedForFurtherAction rule = new PrimaryNeedForFurtherAction();

    @Test
    void a_referral_going_on_to_further_action_without_a_primary_need_fails_8610() {
        var child = aChild().episodes(anEpisode().primaryNeed(null)).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/PrimaryNeedCode");
    }

    @Test
    void an_nfa_referral_without_a_primary_need_passes_8610() {
        var child = aChild().episodes(anEpisode().noFurtherActionOn(REFERRAL).primaryNeed(null)).build();

        assertThat(rule.check(child, PERIOD)).isEmpty();
    }
}
