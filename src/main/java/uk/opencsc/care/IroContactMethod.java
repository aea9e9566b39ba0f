package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

/** How the independent reviewing officer was in touch with the child between reviews. */
public enum IroContactMethod implements CodeList {
    VISIT("VISIT", "Visit"),
    PHONE("PHONE", "Phone call"),
    VIDEO("VIDEO", "Video call"),
    OTHER("OTHER", "Other (letter, message, at school)");

    private final String code;
    private final String label;

    IroContactMethod(String code, String label) {
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

    public static IroContactMethod of(String code) {
        return CodeList.fromCode(IroContactMethod.class, "method", code);
    }
}
