package uk.opencsc.frontdoor;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** Whether the family consented to the contact being made and shared. */
public enum Consent implements CodeList {
    GIVEN("GIVEN", "Consent given"),
    NOT_NEEDED("NOT_NEEDED", "Consent not needed"),
    REFUSED("REFUSED", "Consent refused");

    private final String code;
    private final String label;

    Consent(String code, String label) {
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

    /** @throws UnknownCodeException naming the field "consent" when the code is not in this list */
    public static Consent of(String code) {
        return CodeList.fromCode(Consent.class, "consent", code);
    }
}
