package uk.opencsc.protection;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** What a child protection review conference decided. */
public enum ReviewOutcome implements CodeList {
    CONTINUE("CONTINUE", "Continue the plan"),
    END_PLAN("END_PLAN", "End the plan");

    private final String code;
    private final String label;

    ReviewOutcome(String code, String label) {
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
    public static ReviewOutcome of(String code) {
        return CodeList.fromCode(ReviewOutcome.class, "reviewOutcome", code);
    }
}
