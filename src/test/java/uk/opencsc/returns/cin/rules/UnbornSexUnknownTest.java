package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class UnbornSexUnknownTest {

    private final UnbornSexUnknown rule = new UnbornSexUnknown();

    @Test
    void an_unborn_child_recorded_as_female_fails_8750() {
        var child = aChild().unbornDue(LocalDate.of(2026, 6, 1)).sex("F").build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value).containsExactly("ChildIdentifiers/Sex");
    }

    @Test
    void an_unborn_child_with_sex_u_passes_8750() {
        assertThat(rule.check(aChild().unbornDue(LocalDate.of(2026, 6, 1)).build(), PERIOD)).isEmpty();
    }
}
