package uk.opencsc.workforce;

import org.junit.jupiter.api.Test;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.UnknownCodeException;
import uk.opencsc.platform.validation.CodeList;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CensusRulesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    @Test
    void a_negative_absence_is_refused_naming_working_days_lost() {
        assertThat(CensusRules.checkAbsence(TODAY.minusDays(3), TODAY.minusDays(2), new BigDecimal("-1"), TODAY))
                .containsExactly(new FieldProblem("workingDaysLost", "Working days lost must be 0 or more"));
    }

    @Test
    void an_absence_ending_before_it_began_is_refused_naming_the_last_day() {
        assertThat(CensusRules.checkAbsence(TODAY.minusDays(2), TODAY.minusDays(3), BigDecimal.ONE, TODAY))
                .extracting(FieldProblem::field).containsExactly("lastDay");
    }

    @Test
    void an_absence_starting_in_the_future_or_with_three_decimal_places_is_refused() {
        assertThat(CensusRules.checkAbsence(TODAY.plusDays(1), null, new BigDecimal("1.125"), TODAY))
                .extracting(FieldProblem::field).containsExactly("firstDay", "workingDaysLost");
    }

    @Test
    void negative_funded_posts_are_refused_naming_funded_fte() {
        assertThat(CensusRules.checkEstablishment(new BigDecimal("-0.5")))
                .containsExactly(new FieldProblem("fundedFte", "Funded posts must be 0 or more"));
        assertThat(CensusRules.checkEstablishment(new BigDecimal("12.5"))).isEmpty();
    }

    @Test
    void a_date_of_birth_under_sixteen_years_ago_is_refused_naming_it() {
        assertThat(CensusRules.checkDetails(TODAY.minusYears(15), null, TODAY)).extracting(FieldProblem::field).containsExactly("bornOn");
        assertThat(CensusRules.checkDetails(TODAY.minusYears(40), "University of Northmoor", TODAY)).isEmpty();
    }

    @Test
    void an_unknown_census_code_is_refused_naming_the_field() {
        assertThatThrownBy(() -> CodeList.fromCode(AbsenceReason.class, "reason", "HOLIDAY"))
                .isInstanceOf(UnknownCodeException.class).extracting("field").isEqualTo("reason");
    }

    @Test
    void the_census_codes_are_the_dfe_codes() {
        assertThat(AbsenceReason.SICKNESS.censusCode()).isEqualTo("SIC");
        assertThat(WorkerGender.NOT_SPECIFIED.censusCode()).isEqualTo("9");
        assertThat(StartOrigin.NOT_YET_COLLECTED.censusCode()).isEqualTo("10");
        assertThat(LeaverDestination.NOT_YET_COLLECTED.censusCode()).isEqualTo("9");
        assertThat(WorkerEthnicity.values()).hasSize(18);
    }
}
