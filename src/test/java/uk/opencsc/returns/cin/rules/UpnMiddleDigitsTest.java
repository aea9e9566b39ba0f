package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.UPN;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import org.junit.jupiter.api.Test;

class UpnMiddleDigitsTest {

    private final UpnMiddleDigits rule = new UpnMiddleDigits();

    @Test
    void a_letter_within_characters_5_to_12_fails_1540() {
        var child = aChild().upn("J3520000O0011").build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value).containsExactly("ChildIdentifiers/UPN");
    }

    @Test
    void digits_in_characters_5_to_12_pass_1540_whatever_the_last_character() {
        assertThat(rule.check(aChild().upn("K35212345678A").build(), PERIOD)).isEmpty();
    }
}
