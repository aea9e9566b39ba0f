package uk.opencsc.protection;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** The outcome of a section 47 enquiry. */
public enum Section47Outcome implements CodeList {
    SUBSTANTIATED_ICPC("SUBSTANTIATED_ICPC", "Concerns substantiated, initial child protection conference needed"),
    NOT_SUBSTANTIATED("NOT_SUBSTANTIATED", "Concerns not substantiated"),
    SUBSTANTIATED_NO_ICPC("SUBSTANTIATED_NO_ICPC", "Concerns substantiated, no conference needed (child judged not at continuing risk of significant harm)");

    private final String code;
    private final String label;

    Section47Outcome(String code, String label) {
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
    public static Section47Outcome of(String code) {
        return CodeList.fromCode(Section47Outcome.class, "section47Outcome", code);
    }
}
