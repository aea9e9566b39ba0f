package uk.opencsc.adoption;

import uk.opencsc.platform.validation.CodeList;

/** Court orders other than adoption that give a child permanence (CIN closure reasons RC3 and RC4; SSDA903 reasons ceased E41 and E45-E48). */
public enum PermanenceOrderKind implements CodeList {
    SPECIAL_GUARDIANSHIP("Special guardianship order"),
    CHILD_ARRANGEMENTS("Child arrangements order (to live with)");

    private final String label;

    PermanenceOrderKind(String label) {
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
