package uk.opencsc.people;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** Kinds of name a person is or was known by, besides their current name. */
public enum NameKind implements CodeList {
    FORMER("FORMER", "Former name"),
    ALSO_KNOWN_AS("ALSO_KNOWN_AS", "Also known as");

    private final String code;
    private final String label;

    NameKind(String code, String label) {
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
    public static NameKind of(String code) {
        return CodeList.fromCode(NameKind.class, "nameKind", code);
    }
}
