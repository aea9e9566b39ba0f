package uk.opencsc.people;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** Immigration status, the Standard Safeguarding Dataset list (ssd_immigration_status). */
public enum ImmigrationStatus implements CodeList {
    ILR("ILR", "Indefinite leave to remain"),
    DLR_TO_18("DLR_TO_18", "Discretionary leave to remain to age 18"),
    REFUGEE("REFUGEE", "Refugee status"),
    ADULT_ASYLUM_SEEKER("ADULT_ASYLUM_SEEKER", "Adult asylum seeker"),
    UASC("UASC", "Unaccompanied asylum-seeking child");

    private final String code;
    private final String label;

    ImmigrationStatus(String code, String label) {
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

    /** @throws UnknownCodeException when the code is not in this list */
    public static ImmigrationStatus of(String code) {
        return CodeList.fromCode(ImmigrationStatus.class, "immigrationStatus", code);
    }
}
