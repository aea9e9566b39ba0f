package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

/** The child's legal status in an episode of care: the 903 LS list (unchanged since the 2017 schema). */
public enum LegalStatus implements CodeList {
    C1("C1", "Interim care order"),
    C2("C2", "Full care order"),
    D1("D1", "Freeing order granted"),
    E1("E1", "Placement order granted"),
    V2("V2", "Single period of accommodation under section 20"),
    V3("V3", "Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded"),
    V4("V4", "Accommodated under an agreed series of short-term breaks, when agreements are recorded"),
    L1("L1", "Under police protection and in local authority accommodation"),
    L2("L2", "Emergency protection order"),
    L3("L3", "Under a child assessment order and in local authority accommodation"),
    J1("J1", "Remanded to local authority accommodation or to youth detention accommodation"),
    J2("J2", "Placed in local authority accommodation under the Police and Criminal Evidence Act 1984"),
    J3("J3", "Sentenced to a youth rehabilitation order with residence or intensive fostering requirement");

    private final String code;
    private final String label;

    LegalStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return code + ": " + label;
    }

    /** V3 and V4: short breaks, which the 903 keeps apart from other care (and Annex A does not count as looked after). */
    public boolean shortBreaks() {
        return this == V3 || this == V4;
    }

    /** @throws uk.opencsc.platform.validation.UnknownCodeException naming {@code legalStatus} */
    public static LegalStatus of(String code) {
        return CodeList.fromCode(LegalStatus.class, "legalStatus", code);
    }
}
