package uk.opencsc.assessment;

import uk.opencsc.platform.validation.CodeList;

/** What the assessment found was needed next. */
public enum AssessmentOutcome implements CodeList {
    CIN_PLAN("CIN_PLAN", "Further action: child in need plan"),
    STRATEGY_DISCUSSION("STRATEGY_DISCUSSION", "Further action: strategy discussion"),
    NO_FURTHER_ACTION("NFA", "No further action"),
    STEP_DOWN_TO_EARLY_HELP("EARLY_HELP", "Step down to early help");

    private final String code;
    private final String label;

    AssessmentOutcome(String code, String label) {
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

    /** Whether the child needs further social care action (CIN census: further action needed). */
    public boolean furtherActionNeeded() {
        return this == CIN_PLAN || this == STRATEGY_DISCUSSION;
    }
}
