package uk.opencsc.people;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LikelyDuplicatesTest {

    static final LocalDate BORN = LocalDate.of(2017, 5, 9);
    static final UUID TEAM = UUID.randomUUID();

    static PersonDetails person(String first, String last, LocalDate dob, String nhs, String upn) {
        return new PersonDetails(first, null, last, null, Sex.MALE, null, dob, null, Ethnicity.WBRI, null, null, false, Set.of(),
                upn == null ? null : UniquePupilNumber.of(upn), null, nhs == null ? null : NhsNumber.of(nhs), false, null, null, TEAM, false, null);
    }

    @Test
    void the_same_name_and_date_of_birth_is_a_likely_duplicate_whatever_the_case_or_accents() {
        assertThat(LikelyDuplicates.reasons(person("Zoë", "o'brien", BORN, null, null), person("Zoe", "OBrien", BORN, null, null)))
                .containsExactly("Same name and date of birth");
    }

    @Test
    void a_similar_sounding_name_with_the_same_date_of_birth_is_a_likely_duplicate() {
        assertThat(LikelyDuplicates.reasons(person("Jon", "Smyth", BORN, null, null), person("John", "Smith", BORN, null, null)))
                .containsExactly("Similar name and same date of birth");
        assertThat(LikelyDuplicates.reasons(person("Khan", "Amir", BORN, null, null), person("Amir", "Khan", BORN, null, null)))
                .containsExactly("Similar name and same date of birth");
    }

    @Test
    void the_same_name_born_on_another_day_is_not_a_likely_duplicate() {
        assertThat(LikelyDuplicates.reasons(person("John", "Smith", BORN, null, null), person("John", "Smith", BORN.plusDays(1), null, null)))
                .isEmpty();
        assertThat(LikelyDuplicates.reasons(person("John", "Smith", BORN, null, null), person("Peter", "Jones", BORN, null, null)))
                .isEmpty();
    }

    @Test
    void the_same_nhs_number_or_upn_is_a_likely_duplicate_whatever_the_name() {
        assertThat(LikelyDuplicates.reasons(person("A", "B", BORN, "9434765919", null), person("C", "D", BORN.minusYears(2), "9434765919", null)))
                .containsExactly("Same NHS number");
        assertThat(LikelyDuplicates.reasons(person("A", "B", BORN, null, "B801200005001"), person("C", "D", BORN, null, "B801200005001")))
                .containsExactly("Same unique pupil number");
    }
}
