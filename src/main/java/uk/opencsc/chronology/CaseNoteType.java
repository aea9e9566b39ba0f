package uk.opencsc.chronology;

import java.util.Arrays;

/** What kind of contact or work a case note records. */
public enum CaseNoteType {
    VISIT("Visit"),
    PHONE_CALL("Phone call"),
    OFFICE_DISCUSSION("Office discussion"),
    MANAGEMENT_OVERSIGHT("Management oversight"),
    SUPERVISION_DISCUSSION("Supervision discussion"),
    MULTI_AGENCY_MEETING("Multi-agency meeting"),
    CORRESPONDENCE("Correspondence"),
    OTHER("Other");

    private final String label;

    CaseNoteType(String label) {
        this.label = label;
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException naming the code when it is not a case note type */
    public static CaseNoteType of(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown case note type: " + code));
    }
}
