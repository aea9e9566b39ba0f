package uk.opencsc.assessment;

/** Where an assessment stands: DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → AUTHORISED. */
public enum AssessmentState {
    DRAFT("Draft"),
    SUBMITTED("Submitted for authorisation"),
    RETURNED("Returned to the worker"),
    AUTHORISED("Authorised");

    private final String label;

    AssessmentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The worker may change the assessment only while it is with them. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
