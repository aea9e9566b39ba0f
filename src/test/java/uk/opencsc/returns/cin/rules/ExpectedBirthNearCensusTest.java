package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ExpectedBirthNearCensusTest {

    private final ExpectedBirthNearCensus rule = new ExpectedBirthNearCensus();

    @Test
    void an_expected_birth_more_than_30_days_before_the_reference_date_fails_8530Q() {
        var child = aChild().unbornDue(LocalDate.of(2026, 2, 28)).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("ChildIdentifiers/ExpectedPersonBirthDate");
    }

    @Test
    void an_expected_birth_more_than_9_months_after_it_fails_8530Q() {
        assertThat(rule.check(aChild().unbornDue(LocalDate.of(2027, 1, 1)).build(), PERIOD)).hasSize(1);
    }

    @Test
    void an_expected_birth_from_1_march_to_31_december_passes_8530Q() {
        assertThat(rule.check(aChild().unbornDue(LocalDate.of(2026, 3, 1)).build(), PERIOD)).isEmpty();
        assertThat(rule.check(aChild().unbornDue(LocalDate.of(2026, 12, 31)).build(), PERIOD)).isEmpty();
    }
}
