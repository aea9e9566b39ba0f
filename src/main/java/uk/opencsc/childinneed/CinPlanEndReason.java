package uk.opencsc.childinneed;

import uk.opencsc.platform.validation.CodeList;

/** Why a child in need plan ended. */
public enum CinPlanEndReason implements CodeList {
    NEEDS_MET("NEEDS_MET", "Needs met: no longer a child in need"),
    STEPPED_UP_TO_CP("STEPPED_UP_TO_CP", "Stepped up to a child protection plan"),
    LOOKED_AFTER("LOOKED_AFTER", "Became looked after"),
    STEPPED_DOWN_TO_EARLY_HELP("STEPPED_DOWN_TO_EARLY_HELP", "Stepped down to early help"),
    MOVED_AWAY("MOVED_AWAY", "Moved to another local authority"),
    EPISODE_CLOSED("EPISODE_CLOSED", "CIN episode closed"),
    OTHER("OTHER", "Other");

    private final String code;
    private final String label;

    CinPlanEndReason(String code, String label) {
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

    /** @throws uk.opencsc.platform.validation.UnknownCodeException naming {@code endReason} when the code is not one of these */
    public static CinPlanEndReason of(String code) {
        return CodeList.fromCode(CinPlanEndReason.class, "endReason", code);
    }
}
