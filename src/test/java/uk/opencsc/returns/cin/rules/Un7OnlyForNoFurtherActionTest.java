package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class Un7OnlyForNoFurtherActionTest {

    private final Un7OnlyForNoFurtherAction rule = new Un7OnlyForNoFurtherAction();

    @Test
    void un7_with_a_referral_going_on_to_further_action_fails_8772() {
        var child = aChild().noUpn("UN7")
                .episodes(anEpisode().noFurtherActionOn(LocalDate.of(2025, 4, 10)), anEpisode()).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("ChildIdentifiers/UPNunknown");
    }

    @Test
    void un7_with_only_nfa_referrals_passes_8772() {
        var child = aChild().noUpn("UN7").episodes(anEpisode().noFurtherActionOn(REFERRAL)).build();

        assertThat(rule.check(child, PERIOD)).isEmpty();
    }
}
