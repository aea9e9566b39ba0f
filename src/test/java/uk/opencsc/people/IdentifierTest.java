package uk.opencsc.people;

import org.junit.jupiter.api.Test;
import uk.opencsc.platform.validation.InvalidValueException;
import uk.opencsc.platform.validation.UnknownCodeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifierTest {

    @Test
    void a_upn_whose_check_letter_is_the_weighted_sum_modulo_23_is_valid() {
        // python-stdnum's gb.upn doctest: 8*2 + 1*4 + 2*5 + 5*10 + 1*13 = 93; 93 mod 23 = 1 = B
        assertThat(UniquePupilNumber.of("B801200005001").value()).isEqualTo("B801200005001");
        // 2*2 + 7*4 + 1*9 + 6*10 + 4*12 + 9*13 = 266; 266 mod 23 = 13 = P (I and O skipped)
        assertThat(UniquePupilNumber.of("P207000016049").value()).isEqualTo("P207000016049");
    }

    @Test
    void a_upn_as_typed_is_upper_cased_and_its_spaces_removed() {
        assertThat(UniquePupilNumber.of(" b8012 0000 5001 ").value()).isEqualTo("B801200005001");
    }

    @Test
    void a_upn_with_the_wrong_check_letter_is_refused_naming_the_upn() {
        assertThatThrownBy(() -> UniquePupilNumber.of("A801200005001"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("check letter")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("upn");
        assertThatThrownBy(() -> UniquePupilNumber.of("Q207000016049")).hasMessageContaining("check letter");
    }

    @Test
    void a_temporary_upn_counts_its_final_letter_in_the_check_alphabet() {
        String twelve = "80120000500A";
        String upn = UniquePupilNumber.checkLetter(twelve) + twelve;
        assertThat(UniquePupilNumber.of(upn).value()).isEqualTo(upn);
        // 8*2 + 1*4 + 2*5 + 5*10 + A(0)*13 = 80; 80 mod 23 = 11 = M
        assertThat(upn).isEqualTo("M80120000500A");
    }

    @Test
    void a_upn_of_the_wrong_shape_or_ending_in_i_o_or_s_is_refused() {
        assertThatThrownBy(() -> UniquePupilNumber.of("B80120000500")).hasMessageContaining("13 characters");
        assertThatThrownBy(() -> UniquePupilNumber.of("B8012000X5001")).hasMessageContaining("13 characters");
        assertThatThrownBy(() -> UniquePupilNumber.of("A80120000500I")).hasMessageContaining("I, O or S");
    }

    @Test
    void an_nhs_number_with_the_modulus_11_check_digit_is_valid() {
        assertThat(NhsNumber.of("943 476 5919").value()).isEqualTo("9434765919");
        assertThat(NhsNumber.of("4000000004").formatted()).isEqualTo("400 000 0004");
        assertThat(NhsNumber.of("4000000020").value()).isEqualTo("4000000020"); // 11 is written as 0
    }

    @Test
    void an_nhs_number_with_the_wrong_check_digit_is_refused_naming_the_nhs_number() {
        assertThatThrownBy(() -> NhsNumber.of("9434765918"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("wrong check digit")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("nhsNumber");
    }

    @Test
    void an_nhs_number_whose_check_digit_would_be_10_is_never_valid() {
        for (int last = 0; last <= 9; last++) {
            String number = "100000001" + last;
            assertThatThrownBy(() -> NhsNumber.of(number)).hasMessageContaining("not a number the NHS issues");
        }
    }

    @Test
    void an_nhs_number_must_be_ten_digits() {
        assertThatThrownBy(() -> NhsNumber.of("943476591")).hasMessageContaining("10 digits");
        assertThatThrownBy(() -> NhsNumber.of("94347659AB")).hasMessageContaining("10 digits");
    }

    @Test
    void a_postcode_is_normalised_to_upper_case_with_one_space_before_the_inward_code() {
        assertThat(Postcode.of("sw1a1aa").value()).isEqualTo("SW1A 1AA");
        assertThat(Postcode.of(" M1   1AE ").value()).isEqualTo("M1 1AE");
        assertThat(Postcode.of("b338th").value()).isEqualTo("B33 8TH");
        assertThat(Postcode.of("DN551PT").value()).isEqualTo("DN55 1PT");
        assertThat(Postcode.of("ec1a 1bb").value()).isEqualTo("EC1A 1BB");
    }

    @Test
    void a_postcode_of_the_wrong_shape_is_refused_naming_the_postcode() {
        for (String bad : new String[]{"", "SW1A", "12345", "SW1A 1A", "QA1 1AA", "SW1A 1CA", "SW1A1AAA"}) {
            assertThatThrownBy(() -> Postcode.of(bad)).as(bad).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("UK postcode")
                    .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("postcode");
        }
    }

    @Test
    void an_unknown_code_is_a_typed_error_never_a_default() {
        assertThat(Ethnicity.of("WBRI")).isEqualTo(Ethnicity.WBRI);
        assertThat(Sex.of("U")).isEqualTo(Sex.UNKNOWN);
        assertThatThrownBy(() -> Ethnicity.of("XXXX")).isInstanceOf(UnknownCodeException.class)
                .hasMessageContaining("'XXXX' is not a Ethnicity code");
        assertThatThrownBy(() -> Sex.of("1")).isInstanceOf(UnknownCodeException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("sex");
    }

    @Test
    void relationships_have_inverses_that_lead_back() {
        for (RelationshipType type : RelationshipType.values()) {
            assertThat(type.inverse().inverse()).isEqualTo(type);
        }
        assertThat(RelationshipType.PARENT_OF.inverse()).isEqualTo(RelationshipType.CHILD_OF);
        assertThat(RelationshipType.SIBLING.inverse()).isEqualTo(RelationshipType.SIBLING);
    }

    @Test
    void names_are_found_by_soundex_across_spellings() {
        assertThat(NameKeys.soundex("Smith")).isEqualTo(NameKeys.soundex("Smyth")).isEqualTo("S530");
        assertThat(NameKeys.soundex("Mohammed")).isEqualTo(NameKeys.soundex("Muhammad"));
        assertThat(NameKeys.soundex("Robert")).isEqualTo(NameKeys.soundex("Rupert")).isEqualTo("R163");
        assertThat(NameKeys.soundex("Ashcraft")).isEqualTo("A261");
        assertThat(NameKeys.soundex("Tymczak")).isEqualTo("T522");
        assertThat(NameKeys.soundex("Jones")).isNotEqualTo(NameKeys.soundex("Smith"));
        assertThat(NameKeys.fold("Zoë  O'Brien")).isEqualTo("zoe obrien");
    }
}
