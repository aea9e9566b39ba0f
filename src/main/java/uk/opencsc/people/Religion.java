package uk.opencsc.people;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** Religion, the categories of the 2021 Census of England and Wales. */
public enum Religion implements CodeList {
    NO_RELIGION("NONE", "No religion"),
    CHRISTIAN("CHRISTIAN", "Christian"),
    BUDDHIST("BUDDHIST", "Buddhist"),
    HINDU("HINDU", "Hindu"),
    JEWISH("JEWISH", "Jewish"),
    MUSLIM("MUSLIM", "Muslim"),
    SIKH("SIKH", "Sikh"),
    OTHER("OTHER", "Any other religion"),
    NOT_STATED("NOT_STATED", "Not stated");

    private final String code;
    private final String label;

    Religion(String code, String label) {
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
    public static Religion of(String code) {
        return CodeList.fromCode(Religion.class, "religion", code);
    }
}
