package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChildOver25Test {

    private final ChildOver25 rule = new ChildOver25();

    @Test
    void a_child_over_25_with_an_open_episode_fails_8775Q() {
        var child = aChild().born(LocalDate.of(2000, 1, 1)).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("ChildIdentifiers/PersonBirthDate");
    }

    @Test
    void an_episode_closed_before_the_25th_birthday_passes_8775Q() {
        var child = aChild().born(LocalDate.of(2000, 6, 1))
                .episodes(anEpisode().closed(LocalDate.of(2025, 5, 31), "RC7")).build();

        assertThat(rule.check(child, PERIOD)).isEmpty();
        assertThat(rule.check(aChild().born(LocalDate.of(2001, 4, 1)).build(), PERIOD))
                .as("25 on 1 April 2026").isEmpty();
    }
}
