package uk.opencsc.people;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/**
 * How one person is related to another, read as "person is TYPE related person" (a mother is
 * PARENT_OF her child). Every relationship is stored as a pair with its {@link #inverse()}, so the
 * family reads the same from either record.
 */
public enum RelationshipType implements CodeList {
    PARENT_OF("PARENT_OF", "Parent of"),
    CHILD_OF("CHILD_OF", "Child of"),
    SIBLING("SIBLING", "Sibling of"),
    HALF_SIBLING("HALF_SIBLING", "Half-sibling of"),
    STEP_PARENT_OF("STEP_PARENT_OF", "Step-parent of"),
    STEP_CHILD_OF("STEP_CHILD_OF", "Step-child of"),
    GRANDPARENT_OF("GRANDPARENT_OF", "Grandparent of"),
    GRANDCHILD_OF("GRANDCHILD_OF", "Grandchild of"),
    CARER_OF("CARER_OF", "Carer of"),
    CARED_FOR_BY("CARED_FOR_BY", "Cared for by"),
    OTHER_RELATIVE("OTHER_RELATIVE", "Other relative of");

    private final String code;
    private final String label;

    RelationshipType(String code, String label) {
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

    /** The same relationship read from the other person's record: PARENT_OF and CHILD_OF, SIBLING and SIBLING. */
    public RelationshipType inverse() {
        return switch (this) {
            case PARENT_OF -> CHILD_OF;
            case CHILD_OF -> PARENT_OF;
            case STEP_PARENT_OF -> STEP_CHILD_OF;
            case STEP_CHILD_OF -> STEP_PARENT_OF;
            case GRANDPARENT_OF -> GRANDCHILD_OF;
            case GRANDCHILD_OF -> GRANDPARENT_OF;
            case CARER_OF -> CARED_FOR_BY;
            case CARED_FOR_BY -> CARER_OF;
            case SIBLING, HALF_SIBLING, OTHER_RELATIVE -> this;
        };
    }

    /** @throws UnknownCodeException when the code is not in this list */
    public static RelationshipType of(String code) {
        return CodeList.fromCode(RelationshipType.class, "relationshipType", code);
    }
}
