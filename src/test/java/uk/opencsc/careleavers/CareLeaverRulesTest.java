package uk.opencsc.careleavers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.opencsc.platform.validation.FieldProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CareLeaverRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    static final LocalDate BORN = LocalDate.of(2008, 6, 10);

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    static CareLeaver aFormerRelevantYoungPerson() {
        return new CareLeaver(UUID.randomUUID(), EligibilityCategory.FORMER_RELEVANT, BORN.plusYears(18), null, null, null, null,
                null, 0, Instant.now(), "pa");
    }

    @Test
    void a_contact_before_the_16th_birthday_is_refused_naming_the_contact_date() {
        List<FieldProblem> problems = CareLeaverRules.contact(BORN.plusYears(16).minusDays(1), BORN, TODAY);
        assertThat(fields(problems)).containsExactly("contactDate");
        assertThat(problems.getFirst().message()).contains("16th birthday", BORN.plusYears(16).toString());
        assertThat(CareLeaverRules.contact(BORN.plusYears(16), BORN, TODAY)).isEmpty();
    }

    @Test
    void a_contact_in_the_future_is_refused() {
        assertThat(fields(CareLeaverRules.contact(TODAY.plusDays(1), BORN, TODAY))).containsExactly("contactDate");
    }

    @ParameterizedTest(name = "{0} at {1}: allowed {2}")
    @CsvSource({
            "ELIGIBLE, 16, true", "ELIGIBLE, 17, true", "ELIGIBLE, 18, false",
            "RELEVANT, 17, true", "RELEVANT, 18, false",
            "FORMER_RELEVANT, 17, false", "FORMER_RELEVANT, 18, true", "FORMER_RELEVANT, 24, true", "FORMER_RELEVANT, 25, false",
            "QUALIFYING, 16, true", "QUALIFYING, 24, true", "QUALIFYING, 25, false"})
    void each_category_applies_at_the_ages_the_act_gives_it(EligibilityCategory category, int age, boolean allowed) {
        LocalDate born = TODAY.minusYears(age);
        List<FieldProblem> problems = CareLeaverRules.category(category, TODAY, born, TODAY);
        assertThat(problems.isEmpty()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(fields(problems)).containsExactly("category");
        }
    }

    @Test
    void a_category_from_before_the_16th_birthday_is_refused_naming_its_date() {
        assertThat(fields(CareLeaverRules.category(EligibilityCategory.ELIGIBLE, BORN.plusYears(16).minusDays(1), BORN, TODAY)))
                .containsExactly("categoryFrom");
    }

    @Test
    void a_pathway_plan_review_needs_an_agreed_plan_and_falls_on_or_after_it() {
        CareLeaver noPlan = aFormerRelevantYoungPerson();
        assertThat(fields(CareLeaverRules.review(noPlan, TODAY, "Jo (PA), the young person", TODAY))).containsExactly("reviewDate");
        CareLeaver planned = noPlan.withPathwayPlanAgreedOn(TODAY.minusMonths(2));
        assertThat(fields(CareLeaverRules.review(planned, TODAY.minusMonths(3), "Jo", TODAY))).containsExactly("reviewDate");
        assertThat(fields(CareLeaverRules.review(planned, TODAY, " ", TODAY))).containsExactly("attended");
        assertThat(CareLeaverRules.review(planned, TODAY, "Jo", TODAY)).isEmpty();
    }

    @Test
    void staying_put_runs_from_the_18th_birthday_to_before_the_21st_for_a_former_relevant_young_person() {
        LocalDate born = TODAY.minusYears(20);
        CareLeaver formerRelevant = aFormerRelevantYoungPerson();
        assertThat(fields(CareLeaverRules.support(formerRelevant, born.plusYears(18).minusDays(1), null, null, null, born, TODAY)))
                .containsExactly("stayingPutFrom");
        assertThat(fields(CareLeaverRules.support(formerRelevant, born.plusYears(18), born.plusYears(21), null, null, born, TODAY)))
                .containsExactly("stayingPutTo");
        assertThat(CareLeaverRules.support(formerRelevant, born.plusYears(18), born.plusYears(21).minusDays(1), null, null, born, TODAY))
                .isEmpty();
        CareLeaver relevant = formerRelevant.withCategory(EligibilityCategory.RELEVANT, TODAY);
        assertThat(fields(CareLeaverRules.support(relevant, born.plusYears(18), null, null, null, born, TODAY)))
                .containsExactly("stayingPutFrom");
    }

    @Test
    void support_runs_to_21_and_to_25_when_a_former_relevant_young_person_asks() {
        CareLeaver formerRelevant = aFormerRelevantYoungPerson();
        assertThat(CareLeaverRules.supportRunsTo(formerRelevant, BORN)).isEqualTo(BORN.plusYears(21).minusDays(1));
        CareLeaver extended = formerRelevant.withSupport(null, null, TODAY, null);
        assertThat(CareLeaverRules.supportRunsTo(extended, BORN)).isEqualTo(BORN.plusYears(25).minusDays(1));
        CareLeaver qualifying = formerRelevant.withCategory(EligibilityCategory.QUALIFYING, TODAY);
        assertThat(fields(CareLeaverRules.support(qualifying, null, null, TODAY, null, BORN, TODAY))).containsExactly("extendedRequestedOn");
    }

    @Test
    void support_ends_on_or_after_the_category_applied_and_not_in_the_future() {
        CareLeaver formerRelevant = aFormerRelevantYoungPerson();
        assertThat(fields(CareLeaverRules.support(formerRelevant, null, null, null, formerRelevant.categoryFrom().minusDays(1), BORN, TODAY)))
                .containsExactly("supportEndedOn");
        assertThat(fields(CareLeaverRules.support(formerRelevant, null, null, null, TODAY.plusDays(1), BORN, TODAY)))
                .containsExactly("supportEndedOn");
    }

    @Test
    void the_accommodation_code_is_its_letter_then_1_for_suitable_and_2_for_unsuitable() {
        assertThat(new CareLeaverAccommodation(null, null, TODAY, AccommodationType.U, true).code()).isEqualTo("U1");
        assertThat(new CareLeaverAccommodation(null, null, TODAY, AccommodationType.S, false).code()).isEqualTo("S2");
    }

    @Test
    void the_neet_activities_are_the_g_codes() {
        assertThat(List.of(Activity.values()).stream().filter(Activity::neet)).containsExactly(Activity.G4, Activity.G5, Activity.G6);
    }
}
