package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DeathNotBeforeBirthTest {

    private final DeathNotBeforeBirth rule = new DeathNotBeforeBirth();

    @Test
    void a_death_before_the_birth_fails_8535Q() {
        var child = aChild().born(LocalDate.of(2015, 3, 27)).died(LocalDate.of(2015, 3, 26)).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("ChildIdentifiers/PersonDeathDate");
    }

    @Test
    void a_death_on_the_day_of_birth_passes_8535Q() {
        assertThat(rule.check(aChild().born(LocalDate.of(2025, 5, 1)).died(LocalDate.of(2025, 5, 1)).build(), PERIOD))
                .isEmpty();
    }
}
