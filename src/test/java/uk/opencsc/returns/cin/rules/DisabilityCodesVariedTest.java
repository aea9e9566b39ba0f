package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.tally;

import java.util.List;

import org.junit.jupiter.api.Test;

class DisabilityCodesVariedTest {

    private final DisabilityCodesVaried rule = new DisabilityCodesVaried();

    @Test
    void a_return_using_seven_disability_codes_fails_2887Q() {
        var failures = tally(rule, List.of(
                aChild().disabilities("MOB", "HAND", "PC").build(),
                aChild().disabilities("INC", "COMM", "LD", "HEAR").build(),
                aChild().disabilities("MOB", "BLIND").build(),
                aChild().disabilities("NONE").build()));

        assertThat(failures).extracting(Failure::element).extracting(ElementPath::value)
                .containsExactly("ChildCharacteristics/Disabilities/Disability");
    }

    @Test
    void a_return_using_eight_disability_codes_passes_2887Q() {
        assertThat(tally(rule, List.of(
                aChild().disabilities("MOB", "HAND", "PC").build(),
                aChild().disabilities("INC", "COMM", "LD", "HEAR").build(),
                aChild().disabilities("VIS").build(),
                aChild().disabilities("NONE").build()))).isEmpty();
    }
}
