package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.UPN;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import org.junit.jupiter.api.Test;

class UpnLastCharacterTest {

    private final UpnLastCharacter rule = new UpnLastCharacter();

    @Test
    void a_upn_ending_in_i_o_or_s_fails_1550() {
        var child = aChild().upn("J35200000001O").build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value).containsExactly("ChildIdentifiers/UPN");
    }

    @Test
    void a_upn_ending_in_a_digit_or_an_allowed_letter_passes_1550() {
        assertThat(rule.check(aChild().upn("J352000000011").build(), PERIOD)).isEmpty();
        assertThat(rule.check(aChild().upn("K35212345678A").build(), PERIOD)).isEmpty();
    }
}
