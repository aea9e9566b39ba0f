package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DeathInCensusYearTest {

    private final DeathInCensusYear rule = new DeathInCensusYear();

    @Test
    void a_death_before_the_census_year_fails_8545Q() {
        var child = aChild().died(LocalDate.of(2025, 3, 31)).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("ChildIdentifiers/PersonDeathDate");
    }

    @Test
    void a_death_within_the_census_year_passes_8545Q() {
        assertThat(rule.check(aChild().died(LocalDate.of(2025, 4, 1)).build(), PERIOD)).isEmpty();
        assertThat(rule.check(aChild().died(LocalDate.of(2026, 3, 31)).build(), PERIOD)).isEmpty();
    }
}
