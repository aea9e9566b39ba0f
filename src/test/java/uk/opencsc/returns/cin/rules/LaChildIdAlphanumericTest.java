package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import org.junit.jupiter.api.Test;

class LaChildIdAlphanumericTest {

    private final LaChildIdAlphanumeric rule = new LaChildIdAlphanumeric();

    @Test
    void an_la_child_id_with_punctuation_or_a_space_fails_1580() {
        var child = aChild().laChildId("C-1 2").build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("ChildIdentifiers/LAchildID");
    }

    @Test
    void an_la_child_id_of_letters_and_digits_passes_1580() {
        assertThat(rule.check(aChild().laChildId("Child0042").build(), PERIOD)).isEmpty();
    }
}
