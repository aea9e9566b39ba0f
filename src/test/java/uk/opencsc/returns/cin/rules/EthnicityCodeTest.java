package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import org.junit.jupiter.api.Test;

class EthnicityCodeTest {

    private final EthnicityCode rule = new EthnicityCode();

    @Test
    void a_missing_or_unknown_ethnicity_fails_4220() {
        assertThat(rule.check(aChild().ethnicity("ABAB").build(), PERIOD)).extracting(ElementPath::value)
                .containsExactly("ChildCharacteristics/Ethnicity");
        assertThat(rule.check(aChild().ethnicity(null).build(), PERIOD)).hasSize(1);
    }

    @Test
    void a_census_ethnicity_code_passes_4220() {
        assertThat(rule.check(aChild().ethnicity("MWBC").build(), PERIOD)).isEmpty();
        assertThat(rule.check(aChild().ethnicity("REFU").build(), PERIOD)).isEmpty();
    }
}
