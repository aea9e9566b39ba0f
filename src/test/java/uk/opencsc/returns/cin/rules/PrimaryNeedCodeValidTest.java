package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import org.junit.jupiter.api.Test;

class PrimaryNeedCodeValidTest {

    private final PrimaryNeedCodeValid rule = new PrimaryNeedCodeValid();

    @Test
    void an_unknown_primary_need_fails_8650() {
        var child = aChild().episodes(anEpisode().primaryNeed("N10")).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/PrimaryNeedCode");
    }

    @Test
    void a_census_primary_need_or_none_passes_8650() {
        assertThat(rule.check(aChild().episodes(anEpisode().primaryNeed("N0")).build(), PERIOD)).isEmpty();
        assertThat(rule.check(aChild().episodes(anEpisode().primaryNeed(null)).build(), PERIOD)).isEmpty();
    }
}
