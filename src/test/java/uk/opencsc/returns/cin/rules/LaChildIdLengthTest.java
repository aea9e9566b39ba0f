package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import org.junit.jupiter.api.Test;

class LaChildIdLengthTest {

    private final LaChildIdLength rule = new LaChildIdLength();

    @Test
    void an_la_child_id_of_21_characters_fails_1570() {
        var child = aChild().laChildId("A".repeat(21)).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("ChildIdentifiers/LAchildID");
    }

    @Test
    void an_la_child_id_of_20_characters_passes_1570() {
        assertThat(rule.check(aChild().laChildId("A".repeat(20)).build(), PERIOD)).isEmpty();
    }
}
