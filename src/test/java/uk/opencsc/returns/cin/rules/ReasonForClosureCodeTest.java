package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import org.junit.jupiter.api.Test;

class ReasonForClosureCodeTest {

    private final ReasonForClosureCode rule = new ReasonForClosureCode();

    @Test
    void an_unknown_reason_for_closure_fails_8640() {
        var child = aChild().episodes(anEpisode().closed(REFERRAL.plusDays(30), "RC13")).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ReasonForClosure");
    }

    @Test
    void a_census_reason_for_closure_passes_8640() {
        assertThat(rule.check(aChild().episodes(anEpisode().closed(REFERRAL.plusDays(30), "RC9")).build(), PERIOD))
                .isEmpty();
    }
}
