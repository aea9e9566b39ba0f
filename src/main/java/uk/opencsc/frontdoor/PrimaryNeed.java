package uk.opencsc.frontdoor;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** The child's primary need at referral: the CIN census list (primaryneedcodetype, CIN_schema_2026.xsd). */
public enum PrimaryNeed implements CodeList {
    N0("N0", "Not stated"),
    N1("N1", "Abuse, neglect and exploitation"),
    N2("N2", "Child's disability"),
    N3("N3", "Parental disability or illness"),
    N4("N4", "Family in acute stress"),
    N5("N5", "Family dysfunction"),
    N6("N6", "Socially unacceptable behaviour"),
    N7("N7", "Low income"),
    N8("N8", "Absent parenting"),
    N9("N9", "Cases other than children in need");

    private final String code;
    private final String label;

    PrimaryNeed(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** @throws UnknownCodeException naming the field "primaryNeed" when the code is not in this list */
    public static PrimaryNeed of(String code) {
        return CodeList.fromCode(PrimaryNeed.class, "primaryNeed", code);
    }
}
