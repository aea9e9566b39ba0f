package uk.opencsc.workforce;

import uk.opencsc.platform.validation.CodeList;

/** Why a worker was absent (ReasonAbsence); only sickness counts towards the census's working days lost. Stored by name; {@link #censusCode()} is the code the census XML carries. */
public enum AbsenceReason implements CodeList {
    MATERNITY_PATERNITY("MAT", "Maternity or paternity leave"),
    OTHER_PAID("OTH", "Other paid authorised absence, such as compassionate leave or annual leave needing cases reallocated"),
    PUBLIC_DUTIES("PUB", "Paid absence for public duties, such as jury service"),
    SICKNESS("SIC", "Sickness"),
    TRAINING("TRN", "Training"),
    UNAUTHORISED("UNA", "Unauthorised absence"),
    UNPAID("UNP", "Unpaid authorised absence");

    private final String censusCode;
    private final String label;

    AbsenceReason(String censusCode, String label) {
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
