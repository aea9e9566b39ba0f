package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import org.junit.jupiter.api.Test;

class ReasonHasClosureDateTest {

    private final ReasonHasClosureDate rule = new ReasonHasClosureDate();

    @Test
    void a_reason_for_closure_without_a_closure_date_fails_8810() {
        var child = aChild().episodes(anEpisode().closed(null, "RC7")).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/CINclosureDate");
    }

    @Test
    void an_open_episode_without_a_reason_passes_8810() {
        assertThat(rule.check(aChild().build(), PERIOD)).isEmpty();
    }
}
