package uk.opencsc.people;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** Disability, the CIN census codes (disabilitytype). NONE means no disability and excludes every other code. */
public enum Disability implements CodeList {
    NONE("NONE", "No disability"),
    MOB("MOB", "Mobility"),
    HAND("HAND", "Hand function"),
    PC("PC", "Personal care"),
    INC("INC", "Incontinence"),
    COMM("COMM", "Communication"),
    LD("LD", "Learning"),
    HEAR("HEAR", "Hearing"),
    VIS("VIS", "Vision"),
    BEH("BEH", "Behaviour"),
    CON("CON", "Consciousness"),
    AUT("AUT", "Autism"),
    DDA("DDA", "Other (Disability Discrimination Act)");

    private final String code;
    private final String label;

    Disability(String code, String label) {
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

    /** @throws UnknownCodeException when the code is not in this list */
    public static Disability of(String code) {
        return CodeList.fromCode(Disability.class, "disabilities", code);
    }
}
