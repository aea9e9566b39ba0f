package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ClosureDateInCensusYearTest {

    private final ClosureDateInCensusYear rule = new ClosureDateInCensusYear();

    @Test
    void a_closure_before_the_census_year_fails_8620() {
        var child = aChild().episodes(anEpisode().referred(LocalDate.of(2025, 1, 6))
                .closed(LocalDate.of(2025, 3, 31), "RC7"))
                .build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/CINclosureDate");
    }

    @Test
    void a_closure_on_the_first_or_last_day_of_the_year_passes_8620() {
        var first = aChild().episodes(anEpisode().referred(LocalDate.of(2025, 1, 6))
                .closed(LocalDate.of(2025, 4, 1), "RC7"));
        var last = aChild().episodes(anEpisode().closed(LocalDate.of(2026, 3, 31), "RC7"));

        assertThat(rule.check(first.build(), PERIOD)).isEmpty();
        assertThat(rule.check(last.build(), PERIOD)).isEmpty();
    }
}
