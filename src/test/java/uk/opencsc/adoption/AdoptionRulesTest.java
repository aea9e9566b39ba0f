package uk.opencsc.adoption;

import org.junit.jupiter.api.Test;
import uk.opencsc.platform.validation.FieldProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AdoptionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final LocalDate BORN = LocalDate.of(2023, 1, 10);
    static final UUID HOUSEHOLD = UUID.randomUUID();
    static final HouseholdDetails APPROVED = new HouseholdDetails("F1", "Ann Smith", "Bea Smith", AdoptersSex.FF,
            AdoptersLegalStatus.L12, false, LocalDate.of(2024, 1, 5), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 20),
            LocalDate.of(2024, 4, 1), LocalDate.of(2024, 7, 25), LocalDate.of(2024, 8, 15), ApprovedBy.PANEL_AND_ADM, null, null);

    /** A whole adoption in order: entered care, decision, placement order, match, placement, adoption order. */
    static AdoptionMilestones anAdoption() {
        return new AdoptionMilestones(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 2), PlacementAuthority.PLACEMENT_ORDER,
                LocalDate.of(2024, 11, 4), "Northmoor Family Court", LocalDate.of(2025, 1, 6), HOUSEHOLD, null, null,
                LocalDate.of(2025, 2, 3), LocalDate.of(2025, 8, 4), null, null, Set.of(), null, null);
    }

    static AdoptionMilestones with(AdoptionMilestones m, java.util.function.UnaryOperator<Builder> change) {
        return change.apply(new Builder(m)).build();
    }

    /** A small copy-with helper for the tests' variations. */
    static final class Builder {
        LocalDate enteredCare, adm, po, matched, early, placed, order, reversed;
        PlacementAuthority authority;
        String court, apartReason;
        UUID household;
        EarlyPlacementKind earlyKind;
        ReversalReason reason;
        Set<UUID> siblings;
        SiblingsPlaced siblingsPlaced;

        Builder(AdoptionMilestones m) {
            enteredCare = m.enteredCareDate(); adm = m.admDecisionDate(); authority = m.authority(); po = m.placementOrderDate();
            court = m.placementOrderCourt(); matched = m.matchedDate(); household = m.householdId(); earlyKind = m.earlyPlacementKind();
            early = m.earlyPlacementDate(); placed = m.placedDate(); order = m.adoptionOrderDate(); reversed = m.reversedDate();
            reason = m.reversedReason(); siblings = m.siblingIds(); siblingsPlaced = m.siblingsPlaced(); apartReason = m.siblingsApartReason();
        }

        AdoptionMilestones build() {
            return new AdoptionMilestones(enteredCare, adm, authority, po, court, matched, household, earlyKind, early, placed,
                    order, reversed, reason, siblings, siblingsPlaced, apartReason);
        }
    }

    static List<FieldProblem> check(AdoptionMilestones m) {
        return AdoptionRules.record(m, BORN, APPROVED, TODAY);
    }

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void a_whole_adoption_in_order_is_accepted() {
        assertThat(check(anAdoption())).isEmpty();
    }

    @Test
    void an_adoption_order_before_the_placement_is_refused_naming_the_adoption_order_date() {
        var m = with(anAdoption(), b -> { b.order = LocalDate.of(2025, 1, 20); return b; });
        assertThat(check(m)).containsExactly(new FieldProblem("adoptionOrderDate",
                "Date of the adoption order must be on or after the child was placed for adoption, 2025-02-03"));
    }

    @Test
    void an_adoption_order_with_no_placement_is_refused_naming_the_adoption_order_date() {
        var m = with(anAdoption(), b -> { b.placed = null; return b; });
        assertThat(fields(AdoptionRules.adoptionOrderNotBeforePlacement(m))).containsExactly("adoptionOrderDate");
    }

    @Test
    void a_placement_before_the_match_is_refused_naming_the_placement_date() {
        var m = with(anAdoption(), b -> { b.placed = LocalDate.of(2025, 1, 2); b.order = null; return b; });
        assertThat(check(m)).containsExactly(new FieldProblem("placedDate", "Date placed for adoption must be on or after the match, 2025-01-06"));
    }

    @Test
    void a_placement_without_a_match_is_refused() {
        var m = with(anAdoption(), b -> { b.matched = null; b.household = null; b.order = null; return b; });
        assertThat(fields(check(m))).containsExactly("placedDate");
    }

    @Test
    void a_placement_under_a_placement_order_needs_the_order_first() {
        var m = with(anAdoption(), b -> { b.po = null; b.court = null; return b; });
        assertThat(AdoptionRules.placementNeedsTheDecisionAndItsAuthority(m)).extracting(FieldProblem::message)
                .containsExactly("Date placed for adoption needs the placement order: enter the date of the placement order");
    }

    @Test
    void a_placement_with_the_parents_consent_needs_no_placement_order() {
        var m = with(anAdoption(), b -> { b.po = null; b.court = null; b.authority = PlacementAuthority.CONSENT; return b; });
        assertThat(check(m)).isEmpty();
    }

    @Test
    void a_placement_needs_the_agency_decision_makers_decision() {
        var m = with(anAdoption(), b -> { b.adm = LocalDate.of(2025, 3, 1); return b; });
        assertThat(fields(AdoptionRules.placementNeedsTheDecisionAndItsAuthority(m))).containsExactly("placedDate");
    }

    @Test
    void a_placement_says_what_authorised_it() {
        var m = with(anAdoption(), b -> { b.authority = null; return b; });
        assertThat(fields(check(m))).containsExactly("authority");
    }

    @Test
    void a_placement_order_before_the_decision_is_refused_and_needs_its_court() {
        var m = with(anAdoption(), b -> { b.po = LocalDate.of(2024, 8, 1); b.court = null; return b; });
        assertThat(fields(AdoptionRules.placementOrderNotBeforeTheDecision(m))).containsExactly("placementOrderDate", "placementOrderCourt");
    }

    @Test
    void a_match_with_adopters_not_yet_approved_is_refused_naming_the_household() {
        var m = with(anAdoption(), b -> { b.matched = LocalDate.of(2024, 9, 20); return b; });
        assertThat(AdoptionRules.matchNeedsTheDecisionAndApprovedAdopters(m, new HouseholdDetails("F1", "Ann Smith", null,
                null, null, false, LocalDate.of(2024, 1, 5), null, null, null, null, LocalDate.of(2024, 10, 1), ApprovedBy.ADM, null, null)))
                .containsExactly(new FieldProblem("householdId", "Ann Smith had not been approved as adopters by the date of the match"));
    }

    @Test
    void a_match_needs_the_adopters() {
        var m = with(anAdoption(), b -> { b.household = null; return b; });
        assertThat(fields(AdoptionRules.matchNeedsTheDecisionAndApprovedAdopters(m, null))).containsExactly("householdId");
    }

    @Test
    void a_reversal_with_no_decision_to_reverse_is_refused_naming_the_reversal_date() {
        var m = new AdoptionMilestones(LocalDate.of(2024, 3, 1), null, null, null, null, null, null, null, null, null, null,
                LocalDate.of(2024, 10, 1), ReversalReason.RD2, Set.of(), null, null);
        assertThat(check(m)).extracting(FieldProblem::field).containsExactly("reversedDate");
    }

    @Test
    void a_reversal_gives_its_reason_and_comes_after_the_decision() {
        var m = new AdoptionMilestones(null, LocalDate.of(2024, 9, 2), null, null, null, null, null, null, null, null, null,
                LocalDate.of(2024, 9, 1), null, Set.of(), null, null);
        assertThat(fields(AdoptionRules.reversalNeedsADecisionToReverse(m))).containsExactly("reversedDate", "reversedReason");
    }

    @Test
    void a_reversal_after_the_adoption_order_is_refused() {
        var m = with(anAdoption(), b -> { b.reversed = LocalDate.of(2025, 9, 1); b.reason = ReversalReason.RD4; return b; });
        assertThat(fields(check(m))).containsExactly("reversedDate");
    }

    @Test
    void a_date_in_the_future_is_refused_naming_its_field() {
        var m = with(anAdoption(), b -> { b.order = TODAY.plusDays(1); return b; });
        assertThat(check(m)).containsExactly(new FieldProblem("adoptionOrderDate", "Date of the adoption order must be today or in the past"));
    }

    @Test
    void a_date_before_the_child_was_born_is_refused_naming_its_field() {
        var m = with(anAdoption(), b -> { b.enteredCare = BORN.minusDays(1); return b; });
        assertThat(check(m)).containsExactly(new FieldProblem("enteredCareDate",
                "Date the child entered care must be on or after the child's date of birth, 2023-01-10"));
    }

    @Test
    void a_fostering_for_adoption_placement_says_which_it_is_and_comes_before_the_placement() {
        var m = with(anAdoption(), b -> { b.early = LocalDate.of(2025, 3, 1); return b; });
        assertThat(fields(AdoptionRules.earlyPlacementNeedsItsKindAndComesFirst(m))).containsExactly("earlyPlacementKind", "earlyPlacementDate");
    }

    @Test
    void siblings_placed_apart_need_a_reason() {
        var m = with(anAdoption(), b -> { b.siblings = Set.of(UUID.randomUUID()); b.siblingsPlaced = SiblingsPlaced.APART; return b; });
        assertThat(fields(check(m))).containsExactly("siblingsApartReason");
        var together = with(m, b -> { b.siblingsPlaced = SiblingsPlaced.TOGETHER; return b; });
        assertThat(check(together)).isEmpty();
        var unsaid = with(m, b -> { b.siblingsPlaced = null; return b; });
        assertThat(fields(check(unsaid))).containsExactly("siblingsPlaced");
    }

    @Test
    void a_permanence_order_needs_its_kind_and_with_whom_and_no_future_date() {
        assertThat(fields(AdoptionRules.permanenceOrder(null, TODAY.plusDays(1), " ", BORN, TODAY)))
                .containsExactly("kind", "orderDate", "madeTo");
        assertThat(AdoptionRules.permanenceOrder(PermanenceOrderKind.SPECIAL_GUARDIANSHIP, TODAY, "Grandmother", BORN, TODAY)).isEmpty();
    }
}
