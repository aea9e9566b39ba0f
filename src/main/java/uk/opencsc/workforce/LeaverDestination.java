package uk.opencsc.workforce;

import uk.opencsc.platform.validation.CodeList;

/** Where a leaver went (LeaverDestination). Stored by name; {@link #censusCode()} is the code the census XML carries. */
public enum LeaverDestination implements CodeList {
    OTHER_LA_ENGLAND("1", "Social worker role in a different local authority in England"),
    OUTSIDE_ENGLAND("2", "Social worker role outside England"),
    AGENCY("3", "Agency or consultancy in social work (in England)"),
    NON_LA_SOCIAL_WORK("4", "Other social work role, not a local authority (in England)"),
    OTHER_SOCIAL_CARE("5", "Other social care role in or outside a local authority (in England)"),
    NON_SOCIAL_CARE("6", "Non-social care role, any role outside England, no employment or career break"),
    OTHER("7", "Other"),
    NOT_KNOWN("8", "Not known"),
    NOT_YET_COLLECTED("9", "Not yet collected");

    private final String censusCode;
    private final String label;

    LeaverDestination(String censusCode, String label) {
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
