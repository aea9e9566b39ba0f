package uk.opencsc.timescales;

/**
 * The facts of a child's journey that start, satisfy or end a timescale. Journey modules record them;
 * this module only reads them (see {@link ChildJourneys}).
 */
public enum EventType {
    CONTACT_RECEIVED("Contact received"),
    CONTACT_DECISION("Decision on the contact recorded"),
    REFERRAL_RECEIVED("Referral received"),
    REFERRAL_CLOSED_WITHOUT_ASSESSMENT("Referral closed without assessment"),
    ASSESSMENT_COMPLETED("Child and family assessment completed"),
    STRATEGY_DISCUSSION("Strategy discussion held"),
    SECTION_47_ENDED_WITHOUT_CONFERENCE("Section 47 enquiry ended without a conference"),
    INITIAL_CHILD_PROTECTION_CONFERENCE("Initial child protection conference held"),
    CHILD_PROTECTION_PLAN_STARTED("Child protection plan started"),
    CORE_GROUP_MEETING("Core group meeting held"),
    CHILD_PROTECTION_REVIEW_CONFERENCE("Child protection review conference held"),
    CHILD_PROTECTION_VISIT("Child protection visit, child seen"),
    CHILD_PROTECTION_PLAN_ENDED("Child protection plan ended"),
    CHILD_IN_NEED_PLAN_STARTED("Child in need plan started"),
    CHILD_IN_NEED_VISIT("Child in need visit, child seen"),
    CHILD_IN_NEED_PLAN_REVIEW("Child in need plan reviewed"),
    CHILD_IN_NEED_PLAN_ENDED("Child in need plan ended"),
    BECAME_LOOKED_AFTER("Became looked after"),
    PLACEMENT_STARTED("Placement started"),
    PLACEMENT_INTENDED_TO_LAST_UNTIL_EIGHTEEN("Placement confirmed as intended to last until 18"),
    LOOKED_AFTER_REVIEW("Looked after review held"),
    LOOKED_AFTER_VISIT("Visit to the looked after child"),
    HEALTH_ASSESSMENT("Health assessment done"),
    DENTAL_CHECK("Dental check done"),
    CEASED_LOOKED_AFTER("Ceased to be looked after"),
    PERMANENCE_PLAN_AGREED("Permanence plan agreed"),
    IRO_ESCALATION_RAISED("Independent reviewing officer's escalation raised"),
    IRO_ESCALATION_RESOLVED("Independent reviewing officer's escalation resolved"),
    RETURNED_FROM_MISSING("Returned after being missing"),
    RETURN_HOME_INTERVIEW_OFFERED("Return home interview offered"),
    PATHWAY_PLAN_AGREED("Pathway plan agreed"),
    PATHWAY_PLAN_REVIEW("Pathway plan reviewed"),
    LEAVING_CARE_SUPPORT_ENDED("Leaving care support ended"),
    CARE_PROCEEDINGS_ISSUED("Care proceedings issued"),
    CARE_PROCEEDINGS_CONCLUDED("Care proceedings concluded"),
    CARE_PROCEEDINGS_WITHDRAWN("Care proceedings withdrawn"),
    /** A manager's recorded reason why a timescale was or will be missed; {@link ChildEvent#about()} names the rule. */
    REASON_FOR_DELAY_RECORDED("Reason for delay recorded");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
