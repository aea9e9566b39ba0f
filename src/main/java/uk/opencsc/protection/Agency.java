package uk.opencsc.protection;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** An agency taking part in a strategy discussion (Working Together: police, health, education and children's social care at least). */
public enum Agency implements CodeList {
    POLICE("POLICE", "Police"),
    HEALTH("HEALTH", "Health"),
    EDUCATION("EDUCATION", "Education"),
    SOCIAL_CARE("SOCIAL_CARE", "Children's social care"),
    OTHER("OTHER", "Other agency");

    private final String code;
    private final String label;

    Agency(String code, String label) {
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
    public static Agency of(String code) {
        return CodeList.fromCode(Agency.class, "agency", code);
    }
}
