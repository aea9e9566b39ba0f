package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import org.junit.jupiter.api.Test;

class ChildHasEpisodeTest {

    private final ChildHasEpisode rule = new ChildHasEpisode();

    @Test
    void a_child_without_an_episode_fails_8590() {
        var child = aChild().episodes().build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value).containsExactly("CINdetails");
    }

    @Test
    void a_child_with_an_episode_passes_8590() {
        assertThat(rule.check(aChild().build(), PERIOD)).isEmpty();
    }
}
