package uk.opencsc.adoption;

import java.time.LocalDate;

/**
 * A household of prospective adopters and where it stands in the two-stage process (Adoption Agencies Regulations
 * 2005 as amended in 2013: stage 1 pre-assessment, stage 2 assessment, then approval). Dates are null until they
 * happen.
 *
 * @param familyRef           the agency's family identifier (Annex A lists 10 and 11 link children and adopters by it)
 * @param firstAdopter        the first adopter's name
 * @param secondAdopter       the second adopter's name, or null for a single adopter
 * @param fosteringForAdoption approved to foster for adoption as well (Annex A list 11)
 * @param enquiryDate         the day the agency received the enquiry
 * @param approvedBy          who approved them, with the approval date
 * @param leftDate            the day they left the process, with its reason (withdrew, on hold, not approved)
 */
public record HouseholdDetails(String familyRef, String firstAdopter, String secondAdopter, AdoptersSex adoptersSex,
                               AdoptersLegalStatus legalStatus, boolean fosteringForAdoption, LocalDate enquiryDate,
                               LocalDate stage1Start, LocalDate stage1End, LocalDate stage2Start, LocalDate stage2End,
                               LocalDate approvalDate, ApprovedBy approvedBy, LocalDate leftDate,
                               AdopterLeavingReason leftReason) {

    public HouseholdDetails {
        familyRef = trim(familyRef);
        firstAdopter = trim(firstAdopter);
        secondAdopter = trim(secondAdopter);
    }

    /** The names as the adoption team reads them: "A and B", or "A". */
    public String names() {
        return secondAdopter == null ? firstAdopter : firstAdopter + " and " + secondAdopter;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
