package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import org.junit.jupiter.api.Test;

class LaChildIdPresentTest {

    private final LaChildIdPresent rule = new LaChildIdPresent();

    @Test
    void a_child_without_an_la_child_id_fails_8500() {
        var child = aChild().laChildId(" ").build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("ChildIdentifiers/LAchildID");
    }

    @Test
    void a_child_with_an_la_child_id_passes_8500() {
        assertThat(rule.check(aChild().laChildId("C1").build(), PERIOD)).isEmpty();
    }
}
