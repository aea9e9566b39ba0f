package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import org.junit.jupiter.api.Test;

class DisabilityCodeTest {

    private final DisabilityCode rule = new DisabilityCode();

    @Test
    void an_unknown_disability_code_fails_8540_at_that_disability() {
        var child = aChild().disabilities("MOB", "BLIND").build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("ChildCharacteristics/Disabilities/Disability[2]");
    }

    @Test
    void no_disability_for_a_child_referred_on_to_further_action_fails_8540() {
        var child = aChild().disabilities().build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("ChildCharacteristics/Disabilities");
    }

    @Test
    void census_codes_pass_8540_and_an_nfa_only_child_needs_none() {
        assertThat(rule.check(aChild().disabilities("MOB", "AUT").build(), PERIOD)).isEmpty();
        var nfaOnly = aChild().disabilities().episodes(anEpisode().noFurtherActionOn(REFERRAL)).build();
        assertThat(rule.check(nfaOnly, PERIOD)).isEmpty();
    }
}
