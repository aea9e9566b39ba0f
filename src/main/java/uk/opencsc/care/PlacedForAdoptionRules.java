package uk.opencsc.care;

import uk.opencsc.platform.validation.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The SSDA903 rules that tie a child's episodes of care to their adoption: a placement for adoption under a placement
 * order has the placement order's legal status, a period of care ends by adoption only from a placement for adoption,
 * and on the day the court made the adoption order (the order ends the local authority's care).
 */
public final class PlacedForAdoptionRules {

    static final Set<PlacementType> PLACED_FOR_ADOPTION = Set.of(PlacementType.A3, PlacementType.A4, PlacementType.A5, PlacementType.A6);
    static final Set<PlacementType> UNDER_A_PLACEMENT_ORDER = Set.of(PlacementType.A5, PlacementType.A6);
    static final Set<ReasonEpisodeCeased> ADOPTED = Set.of(ReasonEpisodeCeased.E11, ReasonEpisodeCeased.E12);

    private PlacedForAdoptionRules() {
    }

    /** DfE 903 rule 408: a child placed for adoption with a placement order (A5, A6) has legal status E1. */
    public static List<FieldProblem> placementOrderForAdoptionPlacement(LegalStatus legalStatus, PlacementType placement) {
        if (UNDER_A_PLACEMENT_ORDER.contains(placement) && legalStatus != null && legalStatus != LegalStatus.E1) {
            return List.of(new FieldProblem("legalStatus", placement.code() + " is a placement for adoption under a placement order: "
                    + "the legal status must be E1, placement order granted (DfE 903 rule 408)"));
        }
        return List.of();
    }

    /**
     * A period ending by adoption (E11, E12): DfE 903 rule 390, the child was placed for adoption (the current episode's
     * placement is A3 to A6); and our cross-check with the adoption record, the end date is the day of the adoption order.
     *
     * @param adoptionOrderDate the date of the adoption order on the child's adoption record, empty when none is recorded
     */
    public static List<FieldProblem> adopted(Episode current, LocalDate endDate, ReasonEpisodeCeased reason,
                                             Optional<LocalDate> adoptionOrderDate) {
        if (!ADOPTED.contains(reason)) {
            return List.of();
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (!PLACED_FOR_ADOPTION.contains(current.placement().type())) {
            problems.add(new FieldProblem("reasonCeased", "A child is adopted from a placement for adoption (A3 to A6): the current placement is "
                    + current.placement().type().code() + ". Record the placement for adoption first (DfE 903 rule 390)"));
        }
        if (adoptionOrderDate.isEmpty()) {
            problems.add(new FieldProblem("endDate", "The child's adoption record has no adoption order: the adoption team records the order first"));
        } else if (!adoptionOrderDate.get().equals(endDate)) {
            problems.add(new FieldProblem("endDate", "The adoption order was made on " + adoptionOrderDate.get()
                    + ": a period of care ended by adoption ends on the day of the order"));
        }
        return problems;
    }
}
