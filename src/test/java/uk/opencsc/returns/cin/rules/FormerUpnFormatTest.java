package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import org.junit.jupiter.api.Test;

class FormerUpnFormatTest {

    private final FormerUpnFormat rule = new FormerUpnFormat();

    @Test
    void a_former_upn_not_shaped_like_a_upn_fails_1560Q() {
        var child = aChild().formerUpn("X98721238").build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("ChildIdentifiers/FormerUPN");
        assertThat(rule.severity()).isEqualTo(Severity.QUERY);
    }

    @Test
    void a_well_formed_former_upn_or_none_passes_1560Q() {
        assertThat(rule.check(aChild().formerUpn("K35212345678A").build(), PERIOD)).isEmpty();
        assertThat(rule.check(aChild().build(), PERIOD)).isEmpty();
    }
}
