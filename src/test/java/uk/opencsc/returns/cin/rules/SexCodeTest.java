package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import org.junit.jupiter.api.Test;

class SexCodeTest {

    private final SexCode rule = new SexCode();

    @Test
    void a_sex_other_than_m_f_or_u_fails_4180() {
        assertThat(rule.check(aChild().sex("Male").build(), PERIOD)).extracting(ElementPath::value)
                .containsExactly("ChildIdentifiers/Sex");
        assertThat(rule.check(aChild().sex(null).build(), PERIOD)).hasSize(1);
    }

    @Test
    void sex_m_f_or_u_passes_4180() {
        assertThat(rule.check(aChild().sex("M").build(), PERIOD)).isEmpty();
        assertThat(rule.check(aChild().sex("U").build(), PERIOD)).isEmpty();
    }
}
