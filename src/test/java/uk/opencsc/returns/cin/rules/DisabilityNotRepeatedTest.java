package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import org.junit.jupiter.api.Test;

class DisabilityNotRepeatedTest {

    private final DisabilityNotRepeated rule = new DisabilityNotRepeated();

    @Test
    void a_disability_code_given_twice_fails_8794_at_the_repeat() {
        var child = aChild().disabilities("MOB", "LD", "MOB").build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("ChildCharacteristics/Disabilities/Disability[3]");
    }

    @Test
    void different_disability_codes_pass_8794() {
        assertThat(rule.check(aChild().disabilities("MOB", "LD").build(), PERIOD)).isEmpty();
    }
}
