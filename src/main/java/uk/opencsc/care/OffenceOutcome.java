package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

/**
 * What came of an offence the 903's CONVICTED counts: a conviction, or a youth caution or youth conditional caution
 * (which replaced final warnings and reprimands in April 2013, Legal Aid, Sentencing and Punishment of Offenders Act
 * 2012 s135).
 */
public enum OffenceOutcome implements CodeList {
    CONVICTED("Convicted"),
    YOUTH_CAUTION("Youth caution (formerly a final warning or reprimand)"),
    YOUTH_CONDITIONAL_CAUTION("Youth conditional caution");

    private final String label;

    OffenceOutcome(String label) {
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

    public static OffenceOutcome of(String code) {
        return CodeList.fromCode(OffenceOutcome.class, "outcome", code);
    }
}
