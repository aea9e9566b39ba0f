package uk.opencsc.people;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** Gender identity as the child or person describes it; optional, and recorded apart from sex so neither overwrites the other. */
public enum GenderIdentity implements CodeList {
    BOY_OR_MAN("BOY_OR_MAN", "Boy or man"),
    GIRL_OR_WOMAN("GIRL_OR_WOMAN", "Girl or woman"),
    NON_BINARY("NON_BINARY", "Non-binary"),
    ANOTHER_WAY("ANOTHER_WAY", "In another way"),
    PREFERS_NOT_TO_SAY("PREFERS_NOT_TO_SAY", "Prefers not to say");

    private final String code;
    private final String label;

    GenderIdentity(String code, String label) {
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
    public static GenderIdentity of(String code) {
        return CodeList.fromCode(GenderIdentity.class, "genderIdentity", code);
    }
}
