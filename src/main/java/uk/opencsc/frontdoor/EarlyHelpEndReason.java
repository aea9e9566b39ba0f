package uk.opencsc.frontdoor;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** Why an early help episode ended. */
public enum EarlyHelpEndReason implements CodeList {
    OUTCOMES_MET("OUTCOMES_MET", "Outcomes met"),
    STEPPED_UP("STEPPED_UP", "Stepped up to children's social care"),
    DECLINED("DECLINED", "Family declined support"),
    MOVED_AWAY("MOVED_AWAY", "Moved away");

    private final String code;
    private final String label;

    EarlyHelpEndReason(String code, String label) {
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

    /** @throws UnknownCodeException naming the field "endReason" when the code is not in this list */
    public static EarlyHelpEndReason of(String code) {
        return CodeList.fromCode(EarlyHelpEndReason.class, "endReason", code);
    }
}
