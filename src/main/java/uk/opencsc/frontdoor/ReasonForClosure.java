package uk.opencsc.frontdoor;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** Why a CIN episode closed: the CIN census list (reasonforclosuretype, CIN_schema_2026.xsd). */
public enum ReasonForClosure implements CodeList {
    RC1("RC1", "Adopted"),
    RC2("RC2", "Died"),
    RC3("RC3", "Child arrangements order"),
    RC4("RC4", "Special guardianship order"),
    RC5("RC5", "Transferred to services of another local authority"),
    RC6("RC6", "Transferred to adult social care services"),
    RC7("RC7", "Services ceased for any other reason, including child no longer in need"),
    RC8("RC8", "Case closed after assessment, no further action"),
    RC9("RC9", "Case closed after assessment, referred to early help");

    private final String code;
    private final String label;

    ReasonForClosure(String code, String label) {
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

    /** @throws UnknownCodeException naming the field "reasonForClosure" when the code is not in this list */
    public static ReasonForClosure of(String code) {
        return CodeList.fromCode(ReasonForClosure.class, "reasonForClosure", code);
    }
}
