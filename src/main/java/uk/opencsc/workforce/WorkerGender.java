package uk.opencsc.workforce;

import uk.opencsc.platform.validation.CodeList;

/** A worker's current gender as the workforce census codes it (GenderCurrent). Stored by name; {@link #censusCode()} is the code the census XML carries. */
public enum WorkerGender implements CodeList {
    NOT_KNOWN("0", "Not known"),
    MALE("1", "Male"),
    FEMALE("2", "Female"),
    NOT_SPECIFIED("9", "Not specified");

    private final String censusCode;
    private final String label;

    WorkerGender(String censusCode, String label) {
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
