package uk.opencsc.protection;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** What a strategy discussion decided. */
public enum StrategyDecision implements CodeList {
    SECTION_47("SECTION_47", "Section 47 enquiry"),
    NO_SECTION_47("NO_SECTION_47", "No section 47 enquiry"),
    OTHER("OTHER", "Other action (for example a child and family assessment)");

    private final String code;
    private final String label;

    StrategyDecision(String code, String label) {
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
    public static StrategyDecision of(String code) {
        return CodeList.fromCode(StrategyDecision.class, "strategyDecision", code);
    }
}
