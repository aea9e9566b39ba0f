package uk.opencsc.people;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** Sex as the CIN census records it (sextype): as on the birth or gender recognition certificate. */
public enum Sex implements CodeList {
    MALE("M", "Male"),
    FEMALE("F", "Female"),
    UNKNOWN("U", "Not known");

    private final String code;
    private final String label;

    Sex(String code, String label) {
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
    public static Sex of(String code) {
        return CodeList.fromCode(Sex.class, "sex", code);
    }
}
