package uk.opencsc.workforce;

import uk.opencsc.platform.validation.CodeList;

/** A worker's ethnicity: the workforce census's 18 codes (it has no Gypsy/Roma or Irish Traveller codes, unlike the CIN census). Stored by name; {@link #censusCode()} is the code the census XML carries. */
public enum WorkerEthnicity implements CodeList {
    WBRI("WBRI", "White British"),
    WIRI("WIRI", "White Irish"),
    WOTH("WOTH", "Any other White background"),
    MWBC("MWBC", "White and Black Caribbean"),
    MWBA("MWBA", "White and Black African"),
    MWAS("MWAS", "White and Asian"),
    MOTH("MOTH", "Any other mixed background"),
    AIND("AIND", "Indian"),
    APKN("APKN", "Pakistani"),
    ABAN("ABAN", "Bangladeshi"),
    AOTH("AOTH", "Any other Asian background"),
    BCRB("BCRB", "Black Caribbean"),
    BAFR("BAFR", "Black African"),
    BOTH("BOTH", "Any other Black background"),
    CHNE("CHNE", "Chinese"),
    OOTH("OOTH", "Any other ethnic group"),
    REFU("REFU", "Declared not stated or refused"),
    NOBT("NOBT", "Information not yet obtained");

    private final String censusCode;
    private final String label;

    WorkerEthnicity(String censusCode, String label) {
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
