package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import org.junit.jupiter.api.Test;

class DiedClosureHasDeathDateTest {

    private final DiedClosureHasDeathDate rule = new DiedClosureHasDeathDate();

    @Test
    void closed_because_the_child_died_without_a_date_of_death_fails_8585Q() {
        var child = aChild().episodes(anEpisode().closed(REFERRAL.plusDays(30), "RC2")).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ReasonForClosure");
    }

    @Test
    void closed_because_the_child_died_with_a_date_of_death_passes_8585Q() {
        var child = aChild().died(REFERRAL.plusDays(29)).episodes(anEpisode()
                .closed(REFERRAL.plusDays(30), "RC2")).build();

        assertThat(rule.check(child, PERIOD)).isEmpty();
    }
}
