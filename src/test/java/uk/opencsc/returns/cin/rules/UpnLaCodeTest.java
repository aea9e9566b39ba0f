package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.UPN;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import org.junit.jupiter.api.Test;

class UpnLaCodeTest {

    private final UpnLaCode rule = new UpnLaCode();

    @Test
    void a_upn_with_no_authority_number_at_characters_2_to_4_fails_1530() {
        var child = aChild().upn("A123456789012").build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value).containsExactly("ChildIdentifiers/UPN");
    }

    @Test
    void a_upn_allocated_by_an_english_authority_passes_1530() {
        assertThat(rule.check(aChild().upn("J352000000011").build(), PERIOD)).isEmpty();
        assertThat(rule.check(aChild().upn("X943000000011").build(), PERIOD)).as("Westmorland and Furness").isEmpty();
        assertThat(rule.check(aChild().upn("X875000000011").build(), PERIOD)).as("Cheshire, abolished 2009").isEmpty();
    }
}
