package uk.opencsc.people;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** Ethnicity, the 20 codes of the CIN census and SSDA903 (ethnicitytype). */
public enum Ethnicity implements CodeList {
    WBRI("WBRI", "White British"),
    WIRI("WIRI", "White Irish"),
    WIRT("WIRT", "Traveller of Irish heritage"),
    WOTH("WOTH", "Any other White background"),
    WROM("WROM", "Gypsy/Roma"),
    MWBC("MWBC", "White and Black Caribbean"),
    MWBA("MWBA", "White and Black African"),
    MWAS("MWAS", "White and Asian"),
    MOTH("MOTH", "Any other mixed background"),
    AIND("AIND", "Indian"),
    APKN("APKN", "Pakistani"),
    ABAN("ABAN", "Bangladeshi"),
    AOTH("AOTH", "Any other Asian background"),
    BCRB("BCRB", "Caribbean"),
    BAFR("BAFR", "African"),
    BOTH("BOTH", "Any other Black background"),
    CHNE("CHNE", "Chinese"),
    OOTH("OOTH", "Any other ethnic group"),
    REFU("REFU", "Refused"),
    NOBT("NOBT", "Information not yet obtained");

    private final String code;
    private final String label;

    Ethnicity(String code, String label) {
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

    /** @throws UnknownCodeException when the code is not in this list */
    public static Ethnicity of(String code) {
        return CodeList.fromCode(Ethnicity.class, "ethnicity", code);
    }
}
