package uk.opencsc.workforce;

import uk.opencsc.platform.validation.CodeList;

/** How a worker is employed: the workforce census counts agency workers apart. */
public enum Employment implements CodeList {
    PERMANENT("Permanent (employed by the authority)"),
    AGENCY("Agency");

    private final String label;

    Employment(String label) {
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
