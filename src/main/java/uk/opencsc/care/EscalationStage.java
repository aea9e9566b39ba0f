package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

/**
 * The stages of the local dispute resolution process an IRO escalates a concern through (IRO Handbook 2010, chapter
 * 6; Children Act 1989 s25B): first informally with the social worker and team manager, then formally up the levels of
 * seniority, and as a last resort a referral to Cafcass (s25B(3), Care Planning Regulations 2010 reg 45). The IRO may
 * go straight to any stage; listed in order, so a later stage is a higher one.
 */
public enum EscalationStage implements CodeList {
    INFORMAL("INFORMAL", "Informal resolution with the social worker or team manager"),
    FORMAL_TEAM_MANAGER("FORMAL_TEAM_MANAGER", "Formal stage 1: team manager"),
    FORMAL_SERVICE_MANAGER("FORMAL_SERVICE_MANAGER", "Formal stage 2: service manager"),
    FORMAL_HEAD_OF_SERVICE("FORMAL_HEAD_OF_SERVICE", "Formal stage 3: head of service or assistant director"),
    FORMAL_DIRECTOR("FORMAL_DIRECTOR", "Formal stage 4: director of children's services"),
    CAFCASS("CAFCASS", "Referred to Cafcass");

    private final String code;
    private final String label;

    EscalationStage(String code, String label) {
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

    public static EscalationStage of(String code) {
        return CodeList.fromCode(EscalationStage.class, "stage", code);
    }
}
