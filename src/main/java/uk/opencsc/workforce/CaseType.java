package uk.opencsc.workforce;

import uk.opencsc.platform.validation.CodeList;

/**
 * What kind of work a child held by a worker is, for weighting caseloads, in order of precedence: a child on a
 * child protection plan counts as that even if they also have a child in need plan. Derived from the child's record
 * every time, never stored, from the {@link CaseTypeSource}s other modules implement; the order of the constants is
 * the precedence. The care module's source derives the looked after children (short breaks aside).
 */
public enum CaseType implements CodeList {
    CHILD_PROTECTION("Child protection plan"),
    LOOKED_AFTER("Looked after"),
    CHILD_IN_NEED("Child in need plan"),
    /** An assessment in progress, any other open CIN episode, or (rarely) a child held with no episode open. */
    ASSESSMENT_OR_OTHER("Assessment or other open episode");

    private final String label;

    CaseType(String label) {
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

    /** The type that takes precedence among those the child's record shows today; with none, assessment or other. */
    public static CaseType of(java.util.Collection<CaseType> found) {
        return found.stream().min(java.util.Comparator.naturalOrder()).orElse(ASSESSMENT_OR_OTHER);
    }
}
