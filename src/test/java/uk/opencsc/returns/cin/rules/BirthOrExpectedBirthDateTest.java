package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BirthOrExpectedBirthDateTest {

    private final BirthOrExpectedBirthDate rule = new BirthOrExpectedBirthDate();

    @Test
    void both_dates_of_birth_fail_8525Q() {
        var child = aChild().expectedBirthDate(LocalDate.of(2015, 3, 20)).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("ChildIdentifiers/PersonBirthDate");
    }

    @Test
    void neither_date_of_birth_fails_8525Q() {
        assertThat(rule.check(aChild().born(null).build(), PERIOD)).hasSize(1);
    }

    @Test
    void a_born_or_an_unborn_child_passes_8525Q() {
        assertThat(rule.check(aChild().build(), PERIOD)).isEmpty();
        assertThat(rule.check(aChild().unbornDue(LocalDate.of(2026, 5, 1)).build(), PERIOD)).isEmpty();
    }
}
