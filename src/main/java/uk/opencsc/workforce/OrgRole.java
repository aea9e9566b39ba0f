package uk.opencsc.workforce;

import uk.opencsc.platform.validation.CodeList;

/** A worker's role in the organisation as the workforce census groups them (OrgRole). Stored by name; {@link #censusCode()} is the code the census XML carries. */
public enum OrgRole implements CodeList {
    SENIOR_MANAGER("1", "Senior manager"),
    MIDDLE_MANAGER("2", "Middle manager"),
    FIRST_LINE_MANAGER("3", "First line manager"),
    SENIOR_PRACTITIONER("4", "Senior practitioner"),
    CASE_HOLDER("5", "Case holder"),
    QUALIFIED_WITHOUT_CASES("6", "Qualified without cases");

    private final String censusCode;
    private final String label;

    OrgRole(String censusCode, String label) {
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
