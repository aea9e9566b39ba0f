package uk.opencsc.chronology;

import java.util.Arrays;

/**
 * What a chronology entry is about; the chronology page filters by it. Journey modules add their kind
 * here when they start publishing {@link SignificantEvent}s (the table's CHECK lists the same codes).
 */
public enum ChronologyKind {
    CHILDS_RECORD("Child's record"),
    ADDRESS("Address"),
    FAMILY("Family and relationships"),
    CASE_NOTE("Case note"),
    MANAGEMENT_DECISION("Management oversight and decisions"),
    CONTACT("Contact"),
    REFERRAL("Referral"),
    ASSESSMENT("Assessment"),
    PLAN("Plan"),
    CHILD_PROTECTION("Child protection"),
    LOOKED_AFTER("Looked after"),
    CLOSURE("Closure");

    private final String label;

    ChronologyKind(String label) {
        this.label = label;
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException naming the code when it is not a kind */
    public static ChronologyKind of(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown chronology kind: " + code));
    }
}
