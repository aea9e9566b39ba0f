package uk.opencsc.care;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.care.CareRulesTest.fields;
import static uk.opencsc.care.CareRulesTest.period;

class CareWellbeingRulesTest {

    static final LocalDate BORN = LocalDate.of(2014, 5, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void a_fact_is_recorded_within_a_period_of_care_that_is_not_short_breaks_and_not_in_the_future() {
        List<PeriodOfCare> care = List.of(period(LocalDate.of(2025, 1, 10), null, LegalStatus.C2));
        assertThat(CareWellbeingRules.withinCareNotShortBreaks(care, LocalDate.of(2025, 6, 1), "sdqDate", TODAY)).isEmpty();
        assertThat(fields(CareWellbeingRules.withinCareNotShortBreaks(care, LocalDate.of(2025, 1, 9), "sdqDate", TODAY)))
                .containsExactly("sdqDate");
        assertThat(fields(CareWellbeingRules.withinCareNotShortBreaks(care, TODAY.plusDays(1), "checkedOn", TODAY)))
                .containsExactly("checkedOn");
        List<PeriodOfCare> shortBreaks = List.of(period(LocalDate.of(2025, 1, 10), null, LegalStatus.V3));
        assertThat(CareWellbeingRules.withinCareNotShortBreaks(shortBreaks, LocalDate.of(2025, 6, 1), "meetingDate", TODAY))
                .extracting(p -> p.message()).singleElement().asString().contains("not short breaks");
    }

    @Test
    void an_sdq_is_for_a_child_aged_4_to_16_on_its_date() {
        assertThat(CareWellbeingRules.sdq(BORN.plusYears(4), BORN, 12, null)).isEmpty();
        assertThat(CareWellbeingRules.sdq(BORN.plusYears(17).minusDays(1), BORN, 12, null)).isEmpty();
        assertThat(fields(CareWellbeingRules.sdq(BORN.plusYears(4).minusDays(1), BORN, 12, null))).containsExactly("sdqDate");
        assertThat(fields(CareWellbeingRules.sdq(BORN.plusYears(17), BORN, 12, null))).containsExactly("sdqDate");
        assertThat(fields(CareWellbeingRules.sdq(TODAY, null, 12, null))).containsExactly("sdqDate");
    }

    @Test
    void an_sdq_score_is_a_whole_number_from_0_to_40() {
        LocalDate on = BORN.plusYears(10);
        assertThat(CareWellbeingRules.sdq(on, BORN, 0, null)).isEmpty();
        assertThat(CareWellbeingRules.sdq(on, BORN, 40, null)).isEmpty();
        assertThat(fields(CareWellbeingRules.sdq(on, BORN, 41, null))).containsExactly("score");
        assertThat(fields(CareWellbeingRules.sdq(on, BORN, -1, null))).containsExactly("score");
    }

    @Test
    void an_sdq_has_a_score_or_the_reason_it_was_not_done_never_both_and_never_sdq1_for_a_child_of_sdq_age() {
        LocalDate on = BORN.plusYears(10);
        assertThat(CareWellbeingRules.sdq(on, BORN, null, SdqReason.SDQ2)).isEmpty();
        assertThat(fields(CareWellbeingRules.sdq(on, BORN, null, null))).containsExactly("score");
        assertThat(fields(CareWellbeingRules.sdq(on, BORN, 15, SdqReason.SDQ4))).containsExactly("reasonNotDone");
        assertThat(fields(CareWellbeingRules.sdq(on, BORN, null, SdqReason.SDQ1))).containsExactly("reasonNotDone");
    }

    @Test
    void an_intervention_not_received_says_whether_one_was_offered_and_one_received_leaves_offered_blank() {
        assertThat(CareWellbeingRules.substanceMisuse(true, null)).isEmpty();
        assertThat(CareWellbeingRules.substanceMisuse(false, true)).isEmpty();
        assertThat(CareWellbeingRules.substanceMisuse(false, false)).isEmpty();
        assertThat(fields(CareWellbeingRules.substanceMisuse(false, null))).containsExactly("interventionOffered");
        assertThat(fields(CareWellbeingRules.substanceMisuse(true, true))).containsExactly("interventionOffered");
    }

    @Test
    void a_child_under_10_cannot_be_convicted_or_cautioned_and_a_conviction_names_the_offence_and_outcome() {
        assertThat(CareWellbeingRules.conviction(BORN.plusYears(10), BORN, "Criminal damage", OffenceOutcome.YOUTH_CAUTION)).isEmpty();
        assertThat(fields(CareWellbeingRules.conviction(BORN.plusYears(10).minusDays(1), BORN, "Criminal damage", OffenceOutcome.CONVICTED)))
                .containsExactly("decidedOn");
        assertThat(fields(CareWellbeingRules.conviction(BORN.plusYears(12), BORN, " ", null))).containsExactly("offence", "outcome");
    }

    @Test
    void a_school_urn_is_six_digits_and_goes_with_the_schools_name() {
        assertThat(CareWellbeingRules.education("Riverside Primary School", "123456")).isEmpty();
        assertThat(CareWellbeingRules.education(null, null)).isEmpty();
        assertThat(fields(CareWellbeingRules.education("Riverside Primary School", "SC12345"))).containsExactly("schoolUrn");
        assertThat(fields(CareWellbeingRules.education(null, "123456"))).containsExactly("schoolName");
    }

    @Test
    void an_sdq_is_due_for_a_child_aged_4_to_16_looked_after_12_months_without_one_in_the_last_12_months() {
        List<PeriodOfCare> twoYears = List.of(period(TODAY.minusYears(2), null, LegalStatus.C2));
        assertThat(SdqExpectation.due(twoYears, BORN, List.of(), TODAY)).isTrue();
        assertThat(SdqExpectation.due(twoYears, BORN, List.of(TODAY.minusMonths(11)), TODAY)).isFalse();
        assertThat(SdqExpectation.due(twoYears, BORN, List.of(TODAY.minusMonths(13)), TODAY)).isTrue();
        // looked after for less than a year, too young, too old, on short breaks: not due
        assertThat(SdqExpectation.due(List.of(period(TODAY.minusMonths(11), null, LegalStatus.C2)), BORN, List.of(), TODAY)).isFalse();
        assertThat(SdqExpectation.due(twoYears, TODAY.minusYears(3), List.of(), TODAY)).isFalse();
        assertThat(SdqExpectation.due(twoYears, TODAY.minusYears(17), List.of(), TODAY)).isFalse();
        assertThat(SdqExpectation.due(List.of(period(TODAY.minusYears(2), null, LegalStatus.V3)), BORN, List.of(), TODAY)).isFalse();
    }

    @Test
    void a_school_term_runs_autumn_september_to_december_spring_january_to_march_summer_april_to_august() {
        assertThat(SchoolTerm.of(LocalDate.of(2026, 11, 20)).name()).isEqualTo("Autumn term 2026");
        assertThat(SchoolTerm.of(LocalDate.of(2027, 3, 31)).end()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(SchoolTerm.of(LocalDate.of(2027, 4, 1)).name()).isEqualTo("Summer term 2027");
        assertThat(SchoolTerm.of(LocalDate.of(2027, 8, 31)).covers(LocalDate.of(2027, 9, 1))).isFalse();
    }

    @Test
    void a_collection_year_runs_from_1_april_to_31_march_and_is_named_by_the_year_it_ends() {
        CollectionYear year = CollectionYear.of(LocalDate.of(2025, 4, 1));
        assertThat(year.endingIn()).isEqualTo(2026);
        assertThat(year.start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(year.covers(LocalDate.of(2025, 3, 31))).isFalse();
    }
}
