package uk.opencsc.careleavers;

import uk.opencsc.platform.validation.CodeList;

/** How the personal adviser and the care leaver were in touch. */
public enum ContactMethod implements CodeList {
    VISIT("VISIT", "Visit, face to face"),
    PHONE("PHONE", "Phone call"),
    VIDEO("VIDEO", "Video call"),
    MESSAGE("MESSAGE", "Message: text, email or letter");

    private final String code;
    private final String label;

    ContactMethod(String code, String label) {
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

    /** @throws uk.opencsc.platform.validation.UnknownCodeException naming {@code method} when the code is not one of these */
    public static ContactMethod of(String code) {
        return CodeList.fromCode(ContactMethod.class, "method", code);
    }
}
