package uk.opencsc.childinneed;

import uk.opencsc.platform.validation.CodeList;

/** What a child in need plan review decided. */
public enum CinReviewDecision implements CodeList {
    CONTINUE("CONTINUE", "Continue the plan as it is"),
    CHANGE("CHANGE", "Continue the plan with changes"),
    END("END", "End the plan");

    private final String code;
    private final String label;

    CinReviewDecision(String code, String label) {
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

    /** @throws uk.opencsc.platform.validation.UnknownCodeException naming {@code decision} when the code is not one of these */
    public static CinReviewDecision of(String code) {
        return CodeList.fromCode(CinReviewDecision.class, "decision", code);
    }
}
