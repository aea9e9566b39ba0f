package uk.opencsc.people;

import org.junit.jupiter.api.Test;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final UUID TEAM = UUID.randomUUID();

    static PersonDetails born(LocalDate dob, LocalDate edob, LocalDate died) {
        return new PersonDetails("Amira", null, "Khan", null, Sex.FEMALE, null, dob, edob, Ethnicity.APKN, null, null, false,
                Set.of(), null, null, null, false, null, died, TEAM, false, null);
    }

    @Test
    void a_date_of_birth_may_be_today_but_not_tomorrow() {
        assertThat(PersonRules.datesOn(born(TODAY, null, null), TODAY)).isEmpty();
        assertThat(PersonRules.datesOn(born(TODAY.plusDays(1), null, null), TODAY))
                .containsExactly(new FieldProblem("dateOfBirth", "Date of birth must be today or in the past"));
    }

    @Test
    void an_expected_date_of_birth_may_be_up_to_10_months_ahead() {
        assertThat(PersonRules.datesOn(born(null, TODAY.plusMonths(10), null), TODAY)).isEmpty();
        assertThat(PersonRules.datesOn(born(null, TODAY.plusMonths(10).plusDays(1), null), TODAY))
                .extracting(FieldProblem::field).containsExactly("expectedDateOfBirth");
        // an expected date just past (the birth not yet recorded) is still an expected date
        assertThat(PersonRules.datesOn(born(null, TODAY.minusDays(3), null), TODAY)).isEmpty();
    }

    @Test
    void a_date_of_death_may_not_be_in_the_future_nor_before_the_birth() {
        assertThat(PersonRules.datesOn(born(LocalDate.of(2010, 1, 1), null, TODAY), TODAY)).isEmpty();
        assertThat(PersonRules.datesOn(born(LocalDate.of(2010, 1, 1), null, TODAY.plusDays(1)), TODAY))
                .extracting(FieldProblem::field).containsExactly("dateOfDeath");
        assertThat(born(LocalDate.of(2010, 1, 1), null, LocalDate.of(2010, 1, 1)).dateOfDeath()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThatThrownBy(() -> born(LocalDate.of(2010, 1, 1), null, LocalDate.of(2009, 12, 31)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("same as or after the date of birth");
    }

    @Test
    void exactly_one_of_date_of_birth_and_expected_date_of_birth_is_required() {
        assertThatThrownBy(() -> born(null, null, null)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("dateOfBirth");
        assertThatThrownBy(() -> born(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), null))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("expectedDateOfBirth");
        assertThat(born(null, TODAY.plusMonths(2), null).unborn()).isTrue();
    }

    @Test
    void no_disability_stands_alone_and_a_upn_excludes_a_reason_it_is_unknown() {
        assertThatThrownBy(() -> new PersonDetails("A", null, "B", null, Sex.MALE, null, TODAY, null, Ethnicity.WBRI, null, null, false,
                Set.of(Disability.NONE, Disability.AUT), null, null, null, false, null, null, TEAM, false, null))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("disabilities");
        assertThatThrownBy(() -> new PersonDetails("A", null, "B", null, Sex.MALE, null, TODAY, null, Ethnicity.WBRI, null, null, false,
                Set.of(), UniquePupilNumber.of("B801200005001"), UpnUnknownReason.UN1, null, false, null, null, TEAM, false, null))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("upnUnknownReason");
    }

    @Test
    void a_restricted_record_needs_a_reason() {
        assertThatThrownBy(() -> new PersonDetails("A", null, "B", null, Sex.MALE, null, TODAY, null, Ethnicity.WBRI, null, null, false,
                Set.of(), null, null, null, false, null, null, TEAM, true, "  "))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("restrictedReason");
    }
}
