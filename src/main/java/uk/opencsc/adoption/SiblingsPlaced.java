package uk.opencsc.adoption;

import uk.opencsc.platform.validation.CodeList;

/** Whether a child was placed for adoption together with the siblings of their sibling group. */
public enum SiblingsPlaced implements CodeList {
    TOGETHER("Placed together"),
    APART("Placed apart");

    private final String label;

    SiblingsPlaced(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }
}
