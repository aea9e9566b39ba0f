package uk.opencsc.adoption;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What a child's adoption and permanence record says, each milestone null until it happens. The dates are the
 * record's own: until the care module's episodes exist, the day the child entered care is typed here (later it is
 * to be cross-checked against the child's first episode of the period of care).
 *
 * @param enteredCareDate        the day the child started to be looked after (the start of scorecard measure A1)
 * @param admDecisionDate        the agency decision maker's decision that the child should be placed for adoption
 *                               (Adoption Agencies Regulations 2005 reg 19; SSDA903 "should be placed" DATE_PLACED, AD1 DATE_INT)
 * @param authority              what authorises placement: a placement order or the parents' consent
 * @param placementOrderDate     the day the court made the placement order (Adoption and Children Act 2002 s21)
 * @param placementOrderCourt    the court that made it
 * @param matchedDate            the agency decision maker's decision to match the child with the household (AD1 DATE_MATCH)
 * @param householdId            the approved adopters the child was matched with
 * @param earlyPlacementKind     fostering for adoption or concurrent planning, when the child lived with the adopters
 *                               as foster carers first
 * @param earlyPlacementDate     the day that early placement began
 * @param placedDate             the day the child was placed for adoption (moved in with, or stayed with, the adopters as such)
 * @param adoptionOrderDate      the day the court made the adoption order (s46)
 * @param reversedDate           the decision that the child should no longer be placed for adoption (DATE_PLACED_CEASED)
 * @param reversedReason         its reason, RD1-RD4
 * @param siblingIds             the child's siblings in the same sibling group for adoption (empty: no sibling group)
 * @param siblingsPlaced         whether the child was placed with them or apart
 * @param siblingsApartReason    why apart, when apart
 */
public record AdoptionMilestones(LocalDate enteredCareDate, LocalDate admDecisionDate, PlacementAuthority authority,
                                 LocalDate placementOrderDate, String placementOrderCourt, LocalDate matchedDate,
                                 UUID householdId, EarlyPlacementKind earlyPlacementKind, LocalDate earlyPlacementDate,
                                 LocalDate placedDate, LocalDate adoptionOrderDate, LocalDate reversedDate,
                                 ReversalReason reversedReason, Set<UUID> siblingIds, SiblingsPlaced siblingsPlaced,
                                 String siblingsApartReason) {

    public AdoptionMilestones {
        siblingIds = siblingIds == null ? Set.of() : Set.copyOf(siblingIds);
        placementOrderCourt = blankToNull(placementOrderCourt);
        siblingsApartReason = blankToNull(siblingsApartReason);
    }

    public static AdoptionMilestones none() {
        return new AdoptionMilestones(null, null, null, null, null, null, null, null, null, null, null, null, null,
                Set.of(), null, null);
    }

    /** Adopted: an adoption order was made. */
    public boolean adopted() {
        return adoptionOrderDate != null;
    }

    /** The decision stands: made and neither reversed nor yet ended by an adoption order. */
    public boolean openAdoptionPlan() {
        return admDecisionDate != null && reversedDate == null && adoptionOrderDate == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
