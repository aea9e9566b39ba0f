package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.UPN;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import org.junit.jupiter.api.Test;

class UpnCheckLetterTest {

    private final UpnCheckLetter rule = new UpnCheckLetter();

    @Test
    void a_upn_whose_check_letter_does_not_match_fails_1510() {
        var child = aChild().upn("K352000000011").build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value).containsExactly("ChildIdentifiers/UPN");
    }

    @Test
    void a_upn_with_the_right_check_letter_passes_1510() {
        assertThat(rule.check(aChild().upn("J352000000011").build(), PERIOD)).isEmpty();
        assertThat(rule.check(aChild().upn("K35212345678A").build(), PERIOD)).as("a temporary UPN").isEmpty();
        assertThat(rule.check(aChild().upn("k35212345678a").build(), PERIOD)).as("in lower case").isEmpty();
    }
}
