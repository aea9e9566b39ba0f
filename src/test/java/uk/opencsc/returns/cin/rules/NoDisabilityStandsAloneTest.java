package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import org.junit.jupiter.api.Test;

class NoDisabilityStandsAloneTest {

    private final NoDisabilityStandsAlone rule = new NoDisabilityStandsAlone();

    @Test
    void none_beside_a_disability_fails_8790_at_the_disability() {
        var child = aChild().disabilities("NONE", "MOB").build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("ChildCharacteristics/Disabilities/Disability[2]");
    }

    @Test
    void none_alone_passes_8790() {
        assertThat(rule.check(aChild().disabilities("NONE").build(), PERIOD)).isEmpty();
    }
}
