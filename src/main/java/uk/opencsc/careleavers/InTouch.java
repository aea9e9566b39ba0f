package uk.opencsc.careleavers;

import uk.opencsc.platform.validation.CodeList;

/** Whether the local authority is in touch with the care leaver: the SSDA903 OC3 IN_TOUCH codes. */
public enum InTouch implements CodeList {
    YES("YES", "Yes, in touch"),
    NO("NO", "No, not in touch"),
    DIED("DIED", "Young person has died"),
    REFU("REFU", "Young person refuses contact"),
    NREQ("NREQ", "No longer requires services"),
    RHOM("RHOM", "Returned home to parents for six months or more");

    private final String code;
    private final String label;

    InTouch(String code, String label) {
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

    /** @throws uk.opencsc.platform.validation.UnknownCodeException naming {@code inTouch} when the code is not one of these */
    public static InTouch of(String code) {
        return CodeList.fromCode(InTouch.class, "inTouch", code);
    }
}
