package uk.opencsc.care;

import org.junit.jupiter.api.Test;
import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.people.Postcode;
import uk.opencsc.platform.validation.FieldProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CareRulesTest {

    static final LocalDate BORN = LocalDate.of(2012, 5, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Placement FOSTER = new Placement(PlacementType.U6, PlacementProvider.PR1, null, Postcode.of("NM1 1AA"), false);

    static Episode episode(LocalDate start, LegalStatus status, Placement placement) {
        return new Episode(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), start, ReasonForNewEpisode.S, status,
                PrimaryNeed.N1, placement, null, null, null, null);
    }

    static PeriodOfCare period(LocalDate start, LocalDate end, LegalStatus status) {
        Episode e = episode(start, status, FOSTER);
        return new PeriodOfCare(e.periodId(), e.personId(), start, end, end == null ? null : ReasonEpisodeCeased.E4A,
                status.shortBreaks(), false, null, 0, null, "t", List.of(e));
    }

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    // the 903 reason for new episode

    @Test
    void a_change_of_legal_status_only_opens_an_episode_with_reason_L() {
        assertThat(NewEpisodeRule.apply(episode(TODAY, LegalStatus.V2, FOSTER), LegalStatus.C1, FOSTER, false))
                .contains(ReasonForNewEpisode.L);
    }

    @Test
    void a_move_to_another_carer_with_the_same_legal_status_opens_an_episode_with_reason_P() {
        Placement other = new Placement(PlacementType.U6, PlacementProvider.PR4, null, Postcode.of("NM2 2BB"), false);
        assertThat(NewEpisodeRule.apply(episode(TODAY, LegalStatus.C2, FOSTER), LegalStatus.C2, other, true))
                .contains(ReasonForNewEpisode.P);
        // another carer at the same address, same type and provider, is still a move
        assertThat(NewEpisodeRule.apply(episode(TODAY, LegalStatus.C2, FOSTER), LegalStatus.C2, FOSTER, true))
                .contains(ReasonForNewEpisode.P);
    }

    @Test
    void a_placement_change_with_the_same_carer_opens_an_episode_with_reason_T() {
        Placement longTerm = new Placement(PlacementType.U4, PlacementProvider.PR1, null, Postcode.of("NM1 1AA"), true);
        assertThat(NewEpisodeRule.apply(episode(TODAY, LegalStatus.C2, FOSTER), LegalStatus.C2, longTerm, false))
                .contains(ReasonForNewEpisode.T);
    }

    @Test
    void legal_status_and_placement_changing_together_open_B_with_another_carer_and_U_with_the_same() {
        Placement adoptive = new Placement(PlacementType.A5, PlacementProvider.PR1, null, Postcode.of("NM1 1AA"), false);
        assertThat(NewEpisodeRule.apply(episode(TODAY, LegalStatus.C2, FOSTER), LegalStatus.E1, adoptive, false))
                .contains(ReasonForNewEpisode.U);
        assertThat(NewEpisodeRule.apply(episode(TODAY, LegalStatus.C2, FOSTER), LegalStatus.E1, adoptive, true))
                .contains(ReasonForNewEpisode.B);
    }

    @Test
    void nothing_the_903_counts_changing_opens_no_episode() {
        assertThat(NewEpisodeRule.apply(episode(TODAY, LegalStatus.C2, FOSTER), LegalStatus.C2, FOSTER, false)).isEmpty();
        // recording the placement as long term, alone, is not a new placement
        Placement sameButLongTerm = new Placement(PlacementType.U6, PlacementProvider.PR1, null, Postcode.of("NM1 1AA"), true);
        assertThat(NewEpisodeRule.apply(episode(TODAY, LegalStatus.C2, FOSTER), LegalStatus.C2, sameButLongTerm, false)).isEmpty();
    }

    // a period's changes

    @Test
    void a_change_that_opens_no_episode_is_refused_as_not_a_new_episode() {
        PeriodOfCare p = period(TODAY.minusMonths(2), null, LegalStatus.C2);
        List<FieldProblem> problems = CareRules.change(p, TODAY, BORN, LegalStatus.C2, PrimaryNeed.N1, FOSTER, false, null, TODAY);
        assertThat(fields(problems)).containsExactly("legalStatus");
        assertThat(problems.getFirst().message()).contains("not a new episode");
    }

    @Test
    void a_change_on_or_before_the_current_episode_started_or_in_the_future_is_refused_naming_the_date() {
        PeriodOfCare p = period(TODAY.minusMonths(2), null, LegalStatus.V2);
        assertThat(fields(CareRules.change(p, TODAY.minusMonths(2), BORN, LegalStatus.C1, PrimaryNeed.N1, FOSTER, false, null, TODAY)))
                .containsExactly("changeDate");
        assertThat(fields(CareRules.change(p, TODAY.minusMonths(3), BORN, LegalStatus.C1, PrimaryNeed.N1, FOSTER, false, null, TODAY)))
                .containsExactly("changeDate");
        assertThat(fields(CareRules.change(p, TODAY.plusDays(1), BORN, LegalStatus.C1, PrimaryNeed.N1, FOSTER, false, null, TODAY)))
                .containsExactly("changeDate");
        assertThat(CareRules.change(p, TODAY, BORN, LegalStatus.C1, PrimaryNeed.N1, FOSTER, false, null, TODAY)).isEmpty();
    }

    @Test
    void a_placement_change_must_say_why_the_placement_ended_and_a_legal_status_change_alone_must_not() {
        PeriodOfCare p = period(TODAY.minusMonths(2), null, LegalStatus.C2);
        Placement other = new Placement(PlacementType.K2, PlacementProvider.PR4, "SC123456", null, false);
        assertThat(fields(CareRules.change(p, TODAY, BORN, LegalStatus.C2, PrimaryNeed.N1, other, true, null, TODAY)))
                .containsExactly("reasonPlacementChanged");
        assertThat(CareRules.change(p, TODAY, BORN, LegalStatus.C2, PrimaryNeed.N1, other, true, ReasonPlacementChanged.CREQB, TODAY)).isEmpty();
        assertThat(fields(CareRules.change(p, TODAY, BORN, LegalStatus.E1, PrimaryNeed.N1, FOSTER, false, ReasonPlacementChanged.CARPL, TODAY)))
                .containsExactly("reasonPlacementChanged");
    }

    @Test
    void short_breaks_stay_a_period_of_their_own() {
        PeriodOfCare shortBreaks = period(TODAY.minusMonths(2), null, LegalStatus.V3);
        assertThat(fields(CareRules.change(shortBreaks, TODAY, BORN, LegalStatus.C1, PrimaryNeed.N2, FOSTER, false, null, TODAY)))
                .containsExactly("legalStatus");
        PeriodOfCare care = period(TODAY.minusMonths(2), null, LegalStatus.V2);
        assertThat(fields(CareRules.change(care, TODAY, BORN, LegalStatus.V4, PrimaryNeed.N2, FOSTER, false, null, TODAY)))
                .contains("legalStatus");
    }

    // codes valid for the date

    @Test
    void a_placement_code_is_valid_only_in_the_collection_years_that_have_it() {
        assertThat(PlacementType.H5.validOn(LocalDate.of(2024, 3, 31))).isTrue();
        assertThat(PlacementType.H5.validOn(LocalDate.of(2024, 4, 1))).isFalse();
        assertThat(PlacementType.K3.validOn(LocalDate.of(2024, 3, 31))).isFalse();
        assertThat(PlacementType.K3.validOn(LocalDate.of(2024, 4, 1))).isTrue();
        assertThat(PlacementType.Z11.validOn(LocalDate.of(2025, 3, 31))).isFalse();
        assertThat(PlacementType.Z11.validOn(LocalDate.of(2025, 4, 1))).isTrue();
        assertThat(ReasonEpisodeCeased.E43.validOn(LocalDate.of(2018, 3, 31))).isTrue();
        assertThat(ReasonEpisodeCeased.E43.validOn(LocalDate.of(2018, 4, 1))).isFalse();
        assertThat(ReasonEpisodeCeased.E45.validOn(LocalDate.of(2018, 4, 1))).isTrue();
    }

    @Test
    void an_episode_with_a_code_not_valid_on_its_start_is_refused_naming_the_placement_type() {
        Placement semiIndependent = new Placement(PlacementType.H5, PlacementProvider.PR4, null, null, false);
        List<FieldProblem> problems = CareRules.episode(TODAY, LocalDate.of(2009, 1, 1), LegalStatus.V2, PrimaryNeed.N4, semiIndependent);
        assertThat(fields(problems)).containsExactly("placementType");
        assertThat(problems.getFirst().message()).contains("H5 is not a placement type on " + TODAY);
    }

    @Test
    void supported_accommodation_before_the_16th_birthday_a_childrens_home_without_a_urn_and_a_mismatched_provider_are_refused() {
        Placement supported = new Placement(PlacementType.K3, PlacementProvider.PR4, "2345678", null, false);
        assertThat(fields(CareRules.episode(BORN.plusYears(16).minusDays(1), BORN, LegalStatus.V2, PrimaryNeed.N4, supported)))
                .containsExactly("placementType");
        assertThat(CareRules.episode(BORN.plusYears(16), BORN, LegalStatus.V2, PrimaryNeed.N4, supported)).isEmpty();
        Placement home = new Placement(PlacementType.K2, PlacementProvider.PR4, null, null, false);
        assertThat(fields(CareRules.episode(TODAY, BORN, LegalStatus.C2, PrimaryNeed.N1, home))).containsExactly("urn");
        Placement parents = new Placement(PlacementType.P1, PlacementProvider.PR1, null, null, false);
        assertThat(fields(CareRules.episode(TODAY, BORN, LegalStatus.C2, PrimaryNeed.N1, parents))).containsExactly("placementProvider");
        assertThat(fields(CareRules.episode(TODAY, BORN, LegalStatus.C2, PrimaryNeed.N0, FOSTER))).containsExactly("categoryOfNeed");
    }

    // starting and ending a period

    @Test
    void a_period_starting_before_birth_at_18_in_the_future_or_overlapping_another_is_refused_naming_the_start_date() {
        List<PeriodOfCare> none = List.of();
        assertThat(fields(start(BORN.minusDays(1), none))).containsExactly("startDate");
        assertThat(fields(start(BORN.plusYears(18), none))).containsExactly("startDate");
        assertThat(fields(start(TODAY.plusDays(1), none))).containsExactly("startDate");
        assertThat(fields(start(TODAY.minusYears(1), List.of(period(TODAY.minusYears(2), null, LegalStatus.V2))))).containsExactly("startDate");
        PeriodOfCare ended = period(TODAY.minusYears(2), TODAY.minusYears(1), LegalStatus.V2);
        assertThat(fields(start(TODAY.minusYears(1), List.of(ended)))).containsExactly("startDate");
        assertThat(start(TODAY.minusYears(1).plusDays(1), List.of(ended))).isEmpty();
    }

    static List<FieldProblem> start(LocalDate start, List<PeriodOfCare> periods) {
        return CareRules.start(start, BORN, periods, LegalStatus.V2, PrimaryNeed.N1, FOSTER, false, null, TODAY);
    }

    @Test
    void a_period_ends_on_or_after_its_current_episode_started_for_a_reason_that_ends_a_period() {
        PeriodOfCare p = period(TODAY.minusMonths(2), null, LegalStatus.C2);
        assertThat(fields(CareRules.end(p, TODAY.minusMonths(3), ReasonEpisodeCeased.E4A, TODAY))).containsExactly("endDate");
        assertThat(fields(CareRules.end(p, TODAY, ReasonEpisodeCeased.X1, TODAY))).containsExactly("reasonCeased");
        assertThat(fields(CareRules.end(p, TODAY, ReasonEpisodeCeased.E44, TODAY))).containsExactly("reasonCeased");
        assertThat(fields(CareRules.end(p, TODAY, null, TODAY))).containsExactly("reasonCeased");
        assertThat(CareRules.end(p, TODAY.minusMonths(2), ReasonEpisodeCeased.E4A, TODAY)).isEmpty();
    }
}
