package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BirthNotAfterCensusTest {

    private final BirthNotAfterCensus rule = new BirthNotAfterCensus();

    @Test
    void a_birth_after_the_reference_date_fails_8520() {
        var child = aChild().born(LocalDate.of(2026, 4, 1)).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("ChildIdentifiers/PersonBirthDate");
    }

    @Test
    void a_birth_on_the_reference_date_passes_8520() {
        assertThat(rule.check(aChild().born(LocalDate.of(2026, 3, 31)).build(), PERIOD)).isEmpty();
    }
}
