package uk.opencsc.care;

import org.junit.jupiter.api.Test;
import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.people.Postcode;
import uk.opencsc.platform.validation.FieldProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** CareRules.correct and EpisodeCorrection: a recorded episode corrected in place, the 903 seeing the same episodes. */
class EpisodeCorrectionRulesTest {

    static final LocalDate BORN = LocalDate.of(2012, 5, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Placement FOSTER = new Placement(PlacementType.U6, PlacementProvider.PR1, null, Postcode.of("NM1 1AA"), false);
    static final Placement OTHER = new Placement(PlacementType.U4, PlacementProvider.PR4, null, Postcode.of("NM2 2BB"), false);
    static final UUID PERIOD = UUID.randomUUID();
    static final UUID CHILD = UUID.randomUUID();

    // S in foster care on section 20, L to a care order in the same placement, P to another carer
    final Episode first = new Episode(UUID.randomUUID(), PERIOD, CHILD, LocalDate.of(2024, 1, 10), ReasonForNewEpisode.S, LegalStatus.V2,
            PrimaryNeed.N1, FOSTER, Postcode.of("NM3 3AB"), LocalDate.of(2024, 6, 1), ReasonEpisodeCeased.X1, null);
    final Episode second = new Episode(UUID.randomUUID(), PERIOD, CHILD, LocalDate.of(2024, 6, 1), ReasonForNewEpisode.L, LegalStatus.C2,
            PrimaryNeed.N1, FOSTER, Postcode.of("NM3 3AB"), LocalDate.of(2025, 3, 1), ReasonEpisodeCeased.X1, ReasonPlacementChanged.CARPL);
    final Episode third = new Episode(UUID.randomUUID(), PERIOD, CHILD, LocalDate.of(2025, 3, 1), ReasonForNewEpisode.P, LegalStatus.C2,
            PrimaryNeed.N1, OTHER, Postcode.of("NM3 3AB"), null, null, null);
    final PeriodOfCare period = new PeriodOfCare(PERIOD, CHILD, first.startDate(), null, null, false, false, null, 3, null, "t",
            List.of(first, second, third));

    EpisodeCorrection of(Episode e, LocalDate start, LegalStatus status, Placement placement) {
        return new EpisodeCorrection(e.id(), start, status, e.categoryOfNeed(), placement, e.homePostcode());
    }

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void a_mistyped_placement_postcode_is_corrected_in_every_episode_of_that_placement_and_no_episode_is_opened_or_reasoned_anew() {
        Placement typoFixed = new Placement(PlacementType.U6, PlacementProvider.PR1, null, Postcode.of("NM1 1AB"), false);
        EpisodeCorrection c = of(second, second.startDate(), LegalStatus.C2, typoFixed);
        assertThat(CareRules.correct(period, c, BORN, TODAY)).isEmpty();
        List<Episode> corrected = c.applyTo(period);
        assertThat(corrected).hasSize(3);
        assertThat(corrected).extracting(e -> e.placement().postcode().value()).containsExactly("NM1 1AB", "NM1 1AB", "NM2 2BB");
        assertThat(corrected).extracting(Episode::reasonForNewEpisode)
                .containsExactly(ReasonForNewEpisode.S, ReasonForNewEpisode.L, ReasonForNewEpisode.P);
        assertThat(corrected).extracting(Episode::id).containsExactly(first.id(), second.id(), third.id());
    }

    @Test
    void a_corrected_start_date_stays_between_its_neighbours_and_moves_the_end_of_the_episode_before() {
        assertThat(fields(CareRules.correct(period, of(second, first.startDate(), LegalStatus.C2, FOSTER), BORN, TODAY)))
                .containsExactly("startDate");
        assertThat(fields(CareRules.correct(period, of(second, third.startDate(), LegalStatus.C2, FOSTER), BORN, TODAY)))
                .containsExactly("startDate");
        assertThat(fields(CareRules.correct(period, of(third, TODAY.plusDays(1), LegalStatus.C2, OTHER), BORN, TODAY)))
                .containsExactly("startDate");
        EpisodeCorrection later = of(second, LocalDate.of(2024, 7, 1), LegalStatus.C2, FOSTER);
        assertThat(CareRules.correct(period, later, BORN, TODAY)).isEmpty();
        List<Episode> corrected = later.applyTo(period);
        assertThat(corrected.get(0).endDate()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(corrected.get(1).startDate()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(corrected.get(1).endDate()).isEqualTo(third.startDate());
    }

    @Test
    void the_first_episodes_start_is_the_periods_and_is_not_corrected_here() {
        assertThat(CareRules.correct(period, of(first, LocalDate.of(2024, 1, 12), LegalStatus.V2, FOSTER), BORN, TODAY))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("startDate");
                    assertThat(p.message()).contains("starts the period of care");
                });
    }

    @Test
    void corrected_codes_must_be_valid_for_the_episodes_date_as_a_new_episodes_are() {
        // H5 left the 903 after the year ending 31 March 2024; the third episode started in March 2025
        Placement h5 = new Placement(PlacementType.H5, PlacementProvider.PR4, null, Postcode.of("NM2 2BB"), false);
        assertThat(fields(CareRules.correct(period, of(third, third.startDate(), LegalStatus.C2, h5), BORN, TODAY)))
                .containsExactly("placementType");
        // K3 (supported accommodation) is for 16 and 17 year olds: this child is 12 in 2025
        Placement k3 = new Placement(PlacementType.K3, PlacementProvider.PR4, "SC123456", Postcode.of("NM2 2BB"), false);
        assertThat(fields(CareRules.correct(period, of(third, third.startDate(), LegalStatus.C2, k3), BORN, TODAY)))
                .containsExactly("placementType");
        // a children's home needs its URN
        Placement home = new Placement(PlacementType.K2, PlacementProvider.PR4, null, Postcode.of("NM2 2BB"), false);
        assertThat(fields(CareRules.correct(period, of(third, third.startDate(), LegalStatus.C2, home), BORN, TODAY)))
                .containsExactly("urn");
        // short breaks are a period of their own
        assertThat(fields(CareRules.correct(period, of(third, third.startDate(), LegalStatus.V3, OTHER), BORN, TODAY)))
                .contains("legalStatus");
    }

    @Test
    void a_correction_that_would_change_an_episodes_reason_for_new_episode_is_refused_as_a_change_not_a_correction() {
        // the L episode corrected to the legal status before it would be no new episode at all
        assertThat(CareRules.correct(period, of(second, second.startDate(), LegalStatus.V2, FOSTER), BORN, TODAY))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("legalStatus");
                    assertThat(p.message()).contains("would not be a new episode", "Record a change");
                });
        // a T episode (the placement changed, same carer) corrected to the placement before it would be no new episode
        Episode foster = new Episode(UUID.randomUUID(), PERIOD, CHILD, first.startDate(), ReasonForNewEpisode.S, LegalStatus.C2,
                PrimaryNeed.N1, FOSTER, null, second.startDate(), ReasonEpisodeCeased.X1, ReasonPlacementChanged.CARPL);
        Placement longTerm = new Placement(PlacementType.U4, PlacementProvider.PR1, null, Postcode.of("NM1 1AA"), true);
        Episode confirmed = new Episode(UUID.randomUUID(), PERIOD, CHILD, second.startDate(), ReasonForNewEpisode.T, LegalStatus.C2,
                PrimaryNeed.N1, longTerm, null, null, null, null);
        PeriodOfCare matched = new PeriodOfCare(PERIOD, CHILD, first.startDate(), null, null, false, false, null, 0, null, "t",
                List.of(foster, confirmed));
        assertThat(CareRules.correct(matched, of(confirmed, confirmed.startDate(), LegalStatus.C2, FOSTER), BORN, TODAY))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("placementType");
                    assertThat(p.message()).contains("would not be a new episode");
                });
        // while the placement's postcode corrected in the T episode alone keeps it a T
        Placement postcodeFixed = new Placement(PlacementType.U4, PlacementProvider.PR1, null, Postcode.of("NM1 1AB"), true);
        assertThat(CareRules.correct(matched, of(confirmed, confirmed.startDate(), LegalStatus.C2, postcodeFixed), BORN, TODAY)).isEmpty();
    }
}
