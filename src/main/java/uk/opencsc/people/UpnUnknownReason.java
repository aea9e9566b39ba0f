package uk.opencsc.people;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** Why a child has no Unique Pupil Number, the CIN census 2026 codes (unknownupntype UN1-UN7). */
public enum UpnUnknownReason implements CodeList {
    UN1("UN1", "Aged under 6 and not yet assigned a UPN"),
    UN2("UN2", "Never attended a state-funded school in England"),
    UN3("UN3", "Educated outside England"),
    UN4("UN4", "New to the local authority and the UPN is not yet known"),
    UN5("UN5", "Sources disagree on name or date of birth, so no reliable match"),
    UN6("UN6", "UPN not yet known for another reason (CIN code UN6)"),
    UN7("UN7", "Referral with no further action before the UPN was known");

    private final String code;
    private final String label;

    UpnUnknownReason(String code, String label) {
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
    public static UpnUnknownReason of(String code) {
        return CodeList.fromCode(UpnUnknownReason.class, "upnUnknownReason", code);
    }
}
