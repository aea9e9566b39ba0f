package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

/** Who the child spends family time with, by their relationship to the child. */
public enum FamilyTimeRelationship implements CodeList {
    MOTHER("MOTHER", "Mother"),
    FATHER("FATHER", "Father"),
    SIBLING("SIBLING", "Brother or sister"),
    GRANDPARENT("GRANDPARENT", "Grandparent"),
    OTHER_RELATIVE("OTHER_RELATIVE", "Other relative"),
    FRIEND("FRIEND", "Friend or someone else important to the child"),
    OTHER("OTHER", "Other");

    private final String code;
    private final String label;

    FamilyTimeRelationship(String code, String label) {
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

    public static FamilyTimeRelationship of(String code) {
        return CodeList.fromCode(FamilyTimeRelationship.class, "relationship", code);
    }
}
