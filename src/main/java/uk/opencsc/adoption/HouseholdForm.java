package uk.opencsc.adoption;

import uk.opencsc.platform.web.DateInput;

/**
 * A household of prospective adopters, as typed.
 *
 * @param fosteringForAdoption "yes" or "no"
 * @param version              the household's version when the form was opened (null for a new household)
 */
record HouseholdForm(String familyRef, String firstAdopter, String secondAdopter, String adoptersSex, String legalStatus,
                     String fosteringForAdoption, DateInput enquiryDate, DateInput stage1Start, DateInput stage1End,
                     DateInput stage2Start, DateInput stage2End, DateInput approvalDate, String approvedBy,
                     DateInput leftDate, String leftReason, Integer version) {

    static HouseholdForm blank(java.time.LocalDate today) {
        return new HouseholdForm(null, null, null, null, null, "no", DateInput.of(today), DateInput.empty(), DateInput.empty(),
                DateInput.empty(), DateInput.empty(), DateInput.empty(), null, DateInput.empty(), null, null);
    }

    static HouseholdForm of(AdopterHousehold stored) {
        HouseholdDetails h = stored.details();
        return new HouseholdForm(h.familyRef(), h.firstAdopter(), h.secondAdopter(), FieldChanges.code(h.adoptersSex()), FieldChanges.code(h.legalStatus()),
                h.fosteringForAdoption() ? "yes" : "no", DateInput.of(h.enquiryDate()), DateInput.of(h.stage1Start()), DateInput.of(h.stage1End()),
                DateInput.of(h.stage2Start()), DateInput.of(h.stage2End()), DateInput.of(h.approvalDate()), FieldChanges.code(h.approvedBy()), DateInput.of(h.leftDate()),
                FieldChanges.code(h.leftReason()), stored.version());
    }

    HouseholdForm withVersion(int newVersion) {
        return new HouseholdForm(familyRef, firstAdopter, secondAdopter, adoptersSex, legalStatus, fosteringForAdoption,
                enquiryDate, stage1Start, stage1End, stage2Start, stage2End, approvalDate, approvedBy, leftDate, leftReason,
                newVersion);
    }

}
