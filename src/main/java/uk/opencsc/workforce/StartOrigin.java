package uk.opencsc.workforce;

import uk.opencsc.platform.validation.CodeList;

/** Where a worker came from when they started (StartOrigin). Stored by name; {@link #censusCode()} is the code the census XML carries. */
public enum StartOrigin implements CodeList {
    NEWLY_QUALIFIED("1", "Newly qualified social worker"),
    OTHER_LA_ENGLAND("2", "Social worker role in a different local authority in England"),
    OUTSIDE_ENGLAND("3", "Social worker role outside England"),
    AGENCY("4", "Agency or consultancy in social work (in England)"),
    NON_LA_SOCIAL_WORK("5", "Other social work role, not a local authority (in England)"),
    OTHER_SOCIAL_CARE("6", "Other social care role in or outside a local authority (in England)"),
    NON_SOCIAL_CARE("7", "Non-social care role, any role outside England, no employment or career break"),
    OTHER("8", "Other"),
    NOT_KNOWN("9", "Not known"),
    NOT_YET_COLLECTED("10", "Not yet collected");

    private final String censusCode;
    private final String label;

    StartOrigin(String censusCode, String label) {
        this.censusCode = censusCode;
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    /** The code in the workforce census XML. */
    public String censusCode() {
        return censusCode;
    }
}
