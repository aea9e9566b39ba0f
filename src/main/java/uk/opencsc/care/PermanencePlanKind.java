package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

/** The plan for permanence, as Ofsted's Annex A list 8 asks "What is the permanence plan for this child?": its codes a) to g). */
public enum PermanencePlanKind implements CodeList {
    RETURN_TO_FAMILY("a", "Return to family"),
    ADOPTION("b", "Adoption"),
    SGO_CAO("c", "SGO/CAO"),
    SUPPORTED_LIVING("d", "Supported living in the community"),
    LONG_TERM_RESIDENTIAL("e", "Long-term residential placement"),
    LONG_TERM_FOSTERING("f", "Long-term fostering"),
    OTHER("g", "Other");

    private final String code;
    private final String label;

    PermanencePlanKind(String code, String label) {
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

    /** As Ofsted's Annex A template writes it, e.g. "b) Adoption". */
    public String annexALabel() {
        return code + ") " + label;
    }

    public static PermanencePlanKind of(String code) {
        return CodeList.fromCode(PermanencePlanKind.class, "kind", code);
    }
}
