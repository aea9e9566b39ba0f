package uk.opencsc.protection;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** What an initial child protection conference decided. */
public enum ConferenceOutcome implements CodeList {
    PLAN("PLAN", "Child protection plan"),
    NO_PLAN("NO_PLAN", "No child protection plan");

    private final String code;
    private final String label;

    ConferenceOutcome(String code, String label) {
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
    public static ConferenceOutcome of(String code) {
        return CodeList.fromCode(ConferenceOutcome.class, "conferenceOutcome", code);
    }
}
