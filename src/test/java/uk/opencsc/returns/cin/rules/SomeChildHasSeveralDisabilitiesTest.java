package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.tally;

import java.util.List;

import org.junit.jupiter.api.Test;

class SomeChildHasSeveralDisabilitiesTest {

    private final SomeChildHasSeveralDisabilities rule = new SomeChildHasSeveralDisabilities();

    @Test
    void every_disabled_child_with_one_code_fails_2888Q() {
        var failures = tally(rule, List.of(
                aChild().disabilities("MOB").build(),
                aChild().disabilities("LD").build(),
                aChild().disabilities("NONE").build()));

        assertThat(failures).extracting(Failure::element).extracting(ElementPath::value)
                .containsExactly("ChildCharacteristics/Disabilities/Disability");
        assertThat(failures).extracting(Failure::child).containsOnlyNulls();
    }

    @Test
    void one_child_with_two_disabilities_passes_2888Q() {
        assertThat(tally(rule, List.of(
                aChild().disabilities("MOB").build(),
                aChild().disabilities("LD", "AUT").build()))).isEmpty();
    }
}
