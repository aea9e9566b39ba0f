package uk.opencsc.adoption;

import uk.opencsc.platform.validation.CodeList;

/** Why prospective adopters left the adoption process (Annex A list 11: 1 withdrew, 2 process on hold, 3 application refused). */
public enum AdopterLeavingReason implements CodeList {
    WITHDREW("The adopters withdrew"),
    ON_HOLD("The process is on hold"),
    NOT_APPROVED("Not approved (application refused)");

    private final String label;

    AdopterLeavingReason(String label) {
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
