package uk.opencsc.childinneed;

import uk.opencsc.platform.validation.CodeList;

/** Whether the child's bedroom was seen on a visit; not relevant where the visit was not at the child's home, for example. */
public enum BedroomSeen implements CodeList {
    YES("YES", "Yes"),
    NO("NO", "No"),
    NOT_RELEVANT("NOT_RELEVANT", "Not relevant to this visit");

    private final String code;
    private final String label;

    BedroomSeen(String code, String label) {
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

    /** @throws uk.opencsc.platform.validation.UnknownCodeException naming {@code bedroomSeen} when the code is not one of these */
    public static BedroomSeen of(String code) {
        return CodeList.fromCode(BedroomSeen.class, "bedroomSeen", code);
    }
}
