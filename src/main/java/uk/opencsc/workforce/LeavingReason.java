package uk.opencsc.workforce;

import uk.opencsc.platform.validation.CodeList;

/** Why a worker left: the workforce census reports leavers by reason. */
public enum LeavingReason implements CodeList {
    RESIGNED("Resigned"),
    RETIRED("Retired"),
    DISMISSED("Dismissed"),
    END_OF_CONTRACT("End of contract (agency or fixed term)"),
    REDUNDANCY("Redundancy"),
    CAREER_BREAK("Career break"),
    OTHER("Other");

    private final String label;

    LeavingReason(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }
}
