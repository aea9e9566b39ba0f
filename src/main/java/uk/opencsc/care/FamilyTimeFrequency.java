package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

/** How often family time is arranged to happen. */
public enum FamilyTimeFrequency implements CodeList {
    SEVERAL_A_WEEK("SEVERAL_A_WEEK", "Several times a week"),
    WEEKLY("WEEKLY", "Weekly"),
    FORTNIGHTLY("FORTNIGHTLY", "Fortnightly"),
    MONTHLY("MONTHLY", "Monthly"),
    EVERY_TWO_TO_THREE_MONTHS("EVERY_TWO_TO_THREE_MONTHS", "Every two to three months"),
    TWICE_A_YEAR("TWICE_A_YEAR", "Twice a year"),
    YEARLY("YEARLY", "Once a year"),
    LETTERBOX("LETTERBOX", "Letterbox (indirect)"),
    AS_AGREED("AS_AGREED", "As agreed, no set frequency");

    private final String code;
    private final String label;

    FamilyTimeFrequency(String code, String label) {
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

    public static FamilyTimeFrequency of(String code) {
        return CodeList.fromCode(FamilyTimeFrequency.class, "frequency", code);
    }
}
