package uk.opencsc.workforce;

import uk.opencsc.platform.validation.CodeList;

/** The level of a worker's social work qualification (QualLevel). Stored by name; {@link #censusCode()} is the code the census XML carries. */
public enum QualificationLevel implements CodeList {
    UNDERGRADUATE("1", "Undergraduate"),
    POSTGRADUATE("2", "Postgraduate"),
    OTHER("3", "Other");

    private final String censusCode;
    private final String label;

    QualificationLevel(String censusCode, String label) {
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
