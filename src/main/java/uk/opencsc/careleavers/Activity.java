package uk.opencsc.careleavers;

import uk.opencsc.platform.validation.CodeList;

/** What the care leaver is doing: the SSDA903 OC3 ACTIV codes as of 2022 (F3/P3 were replaced by the apprenticeship and training or employment codes F4/P4, F5/P5); G4-G6 are not in education, employment or training (NEET). */
public enum Activity implements CodeList {
    F1("F1", "Full-time in higher education"),
    P1("P1", "Part-time in higher education"),
    F2("F2", "Full-time in other education"),
    P2("P2", "Part-time in other education"),
    F4("F4", "Full-time apprenticeship"),
    P4("P4", "Part-time apprenticeship"),
    F5("F5", "Full-time training or employment"),
    P5("P5", "Part-time training or employment"),
    G4("G4", "Not in education, training or employment: illness or disability"),
    G5("G5", "Not in education, training or employment: other reasons"),
    G6("G6", "Not in education, training or employment: pregnancy or parenting");

    private final String code;
    private final String label;

    Activity(String code, String label) {
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

    /** Not in education, employment or training: the G codes. */
    public boolean neet() {
        return code.startsWith("G");
    }

    /** @throws uk.opencsc.platform.validation.UnknownCodeException naming {@code activity} when the code is not one of these */
    public static Activity of(String code) {
        return CodeList.fromCode(Activity.class, "activity", code);
    }
}
