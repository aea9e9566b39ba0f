package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

/** What happened to a family time session: held, or cancelled and by whom. */
public enum SessionOutcome implements CodeList {
    ATTENDED("ATTENDED", "Took place"),
    CANCELLED_BY_FAMILY("CANCELLED_BY_FAMILY", "Cancelled by the family member"),
    FAMILY_DID_NOT_ATTEND("FAMILY_DID_NOT_ATTEND", "Family member did not attend"),
    CANCELLED_BY_CHILD("CANCELLED_BY_CHILD", "Cancelled by the child"),
    CANCELLED_BY_CARER("CANCELLED_BY_CARER", "Cancelled by the carer"),
    CANCELLED_BY_SERVICE("CANCELLED_BY_SERVICE", "Cancelled by the service");

    private final String code;
    private final String label;

    SessionOutcome(String code, String label) {
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

    public static SessionOutcome of(String code) {
        return CodeList.fromCode(SessionOutcome.class, "outcome", code);
    }
}
