package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

/** What an IRO's escalation is about: the concerns local dispute resolution protocols name most often (drift in the care plan, visits, permanence, health, education...). */
public enum EscalationConcern implements CodeList {
    CARE_PLAN_DRIFT("CARE_PLAN_DRIFT", "Drift or delay in the care plan"),
    VISITS_OVERDUE("VISITS_OVERDUE", "Statutory visits overdue"),
    PERMANENCE_DELAY("PERMANENCE_DELAY", "Delay in permanence planning"),
    PLACEMENT("PLACEMENT", "Placement suitability or stability"),
    HEALTH("HEALTH", "Health needs or assessments"),
    EDUCATION("EDUCATION", "Education or the personal education plan"),
    FAMILY_TIME("FAMILY_TIME", "Family time"),
    NO_SOCIAL_WORKER("NO_SOCIAL_WORKER", "No allocated social worker"),
    REVIEW_DECISIONS("REVIEW_DECISIONS", "Review decisions not carried out"),
    OTHER("OTHER", "Other");

    private final String code;
    private final String label;

    EscalationConcern(String code, String label) {
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

    public static EscalationConcern of(String code) {
        return CodeList.fromCode(EscalationConcern.class, "concerns", code);
    }
}
