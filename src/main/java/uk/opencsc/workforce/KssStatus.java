package uk.opencsc.workforce;

import uk.opencsc.platform.validation.CodeList;

/** A worker's stage on the child and family knowledge and skills statements (CFKSSstatus). Stored by name; {@link #censusCode()} is the code the census XML carries. */
public enum KssStatus implements CodeList {
    ASYE("1", "Assessed and supported year in employment (ASYE)"),
    PRACTITIONER("2", "Frontline practitioner"),
    PRACTICE_SUPERVISOR("3", "Practice supervisor"),
    PRACTICE_LEADER("4", "Practice leader");

    private final String censusCode;
    private final String label;

    KssStatus(String censusCode, String label) {
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
