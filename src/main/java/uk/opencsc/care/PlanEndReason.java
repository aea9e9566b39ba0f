package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

/** Why a permanence plan ended: achieved, replaced by another primary plan, or no longer pursued (a parallel plan ruled out). */
public enum PlanEndReason implements CodeList {
    ACHIEVED("ACHIEVED", "Achieved"),
    REPLACED("REPLACED", "Replaced by another plan"),
    NO_LONGER_PURSUED("NO_LONGER_PURSUED", "No longer pursued");

    private final String code;
    private final String label;

    PlanEndReason(String code, String label) {
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

    public static PlanEndReason of(String code) {
        return CodeList.fromCode(PlanEndReason.class, "reason", code);
    }
}
