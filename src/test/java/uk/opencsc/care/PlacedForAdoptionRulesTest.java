package uk.opencsc.care;

import org.junit.jupiter.api.Test;
import uk.opencsc.people.Postcode;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.care.CareRulesTest.episode;
import static uk.opencsc.care.CareRulesTest.fields;

class PlacedForAdoptionRulesTest {

    static final LocalDate ORDER = LocalDate.of(2026, 6, 1);
    static final Placement WITH_ADOPTERS = new Placement(PlacementType.A6, PlacementProvider.PR1, null, Postcode.of("NM2 2AB"), false);

    @Test
    void rule_408_a_placement_for_adoption_under_a_placement_order_needs_legal_status_E1() {
        assertThat(fields(PlacedForAdoptionRules.placementOrderForAdoptionPlacement(LegalStatus.C2, PlacementType.A6))).containsExactly("legalStatus");
        assertThat(PlacedForAdoptionRules.placementOrderForAdoptionPlacement(LegalStatus.E1, PlacementType.A5)).isEmpty();
        assertThat(PlacedForAdoptionRules.placementOrderForAdoptionPlacement(LegalStatus.C2, PlacementType.A4))
                .as("placed with the parents' consent: no placement order").isEmpty();
    }

    @Test
    void rule_408_is_applied_to_every_episode_a_form_or_import_records() {
        assertThat(fields(CareRules.episode(ORDER, CareRulesTest.BORN, LegalStatus.C2, uk.opencsc.frontdoor.PrimaryNeed.N1, WITH_ADOPTERS)))
                .contains("legalStatus");
    }

    @Test
    void rule_390_a_period_ends_by_adoption_only_from_a_placement_for_adoption() {
        assertThat(PlacedForAdoptionRules.adopted(episode(ORDER.minusMonths(5), LegalStatus.C2, CareRulesTest.FOSTER), ORDER,
                ReasonEpisodeCeased.E11, Optional.of(ORDER)))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("reasonCeased");
                    assertThat(p.message()).contains("current placement is U6").contains("903 rule 390");
                });
        assertThat(PlacedForAdoptionRules.adopted(episode(ORDER.minusMonths(5), LegalStatus.E1, WITH_ADOPTERS), ORDER,
                ReasonEpisodeCeased.E12, Optional.of(ORDER))).isEmpty();
    }

    @Test
    void a_period_ended_by_adoption_ends_on_the_day_of_the_adoption_order_on_the_adoption_record() {
        Episode placed = episode(ORDER.minusMonths(5), LegalStatus.E1, WITH_ADOPTERS);
        assertThat(PlacedForAdoptionRules.adopted(placed, ORDER.plusDays(3), ReasonEpisodeCeased.E11, Optional.of(ORDER)))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("endDate");
                    assertThat(p.message()).contains("adoption order was made on " + ORDER);
                });
        assertThat(fields(PlacedForAdoptionRules.adopted(placed, ORDER, ReasonEpisodeCeased.E11, Optional.empty())))
                .containsExactly("endDate");
    }

    @Test
    void other_reasons_for_ceasing_are_not_checked_against_the_adoption_record() {
        assertThat(PlacedForAdoptionRules.adopted(episode(ORDER, LegalStatus.C2, CareRulesTest.FOSTER), ORDER,
                ReasonEpisodeCeased.E4A, Optional.empty())).isEmpty();
    }
}
