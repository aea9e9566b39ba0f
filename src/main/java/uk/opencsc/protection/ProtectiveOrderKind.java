package uk.opencsc.protection;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** An emergency measure to protect a child. */
public enum ProtectiveOrderKind implements CodeList {
    EMERGENCY_PROTECTION_ORDER("EMERGENCY_PROTECTION_ORDER", "Emergency protection order (Children Act 1989 s44)"),
    POLICE_PROTECTION("POLICE_PROTECTION", "Police protection (Children Act 1989 s46)");

    private final String code;
    private final String label;

    ProtectiveOrderKind(String code, String label) {
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

    /** @throws uk.opencsc.platform.validation.UnknownCodeException naming {@code field} when the code is not one of these */
    public static ProtectiveOrderKind of(String code) {
        return CodeList.fromCode(ProtectiveOrderKind.class, "protectiveOrderKind", code);
    }
}
