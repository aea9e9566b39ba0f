package uk.opencsc.adoption;

import uk.opencsc.platform.web.DateInput;

/**
 * The child's adoption and permanence record as typed: every milestone on one form, so the rules can check each
 * against the others.
 *
 * @param siblingLocalIds the siblings' local IDs, separated by commas or spaces
 * @param version         the record's version when the form was opened (0: no record yet)
 */
record AdoptionRecordForm(DateInput enteredCareDate, DateInput admDecisionDate, String authority,
                          DateInput placementOrderDate, String placementOrderCourt, DateInput matchedDate,
                          String householdId, String earlyPlacementKind, DateInput earlyPlacementDate, DateInput placedDate,
                          DateInput adoptionOrderDate, DateInput reversedDate, String reversedReason, String siblingLocalIds,
                          String siblingsPlaced, String siblingsApartReason, Integer version) {

    static AdoptionRecordForm of(AdoptionMilestones m, String siblingLocalIds, int version) {
        return new AdoptionRecordForm(DateInput.of(m.enteredCareDate()), DateInput.of(m.admDecisionDate()), FieldChanges.code(m.authority()),
                DateInput.of(m.placementOrderDate()), m.placementOrderCourt(), DateInput.of(m.matchedDate()),
                m.householdId() == null ? null : m.householdId().toString(), FieldChanges.code(m.earlyPlacementKind()),
                DateInput.of(m.earlyPlacementDate()), DateInput.of(m.placedDate()), DateInput.of(m.adoptionOrderDate()), DateInput.of(m.reversedDate()),
                FieldChanges.code(m.reversedReason()), siblingLocalIds, FieldChanges.code(m.siblingsPlaced()), m.siblingsApartReason(), version);
    }

    AdoptionRecordForm withVersion(int newVersion) {
        return new AdoptionRecordForm(enteredCareDate, admDecisionDate, authority, placementOrderDate, placementOrderCourt,
                matchedDate, householdId, earlyPlacementKind, earlyPlacementDate, placedDate, adoptionOrderDate, reversedDate,
                reversedReason, siblingLocalIds, siblingsPlaced, siblingsApartReason, newVersion);
    }

}
