package uk.opencsc.workforce;

import uk.opencsc.platform.validation.CodeList;

/** The kind of work a team does, for caseload and workforce figures by kind of team. */
public enum TeamKind implements CodeList {
    FRONT_DOOR("Front door (MASH)"),
    ASSESSMENT("Assessment"),
    CHILD_IN_NEED("Child in need"),
    CHILD_PROTECTION("Child protection"),
    CHILD_IN_NEED_AND_PROTECTION("Child in need and child protection"),
    CHILDREN_IN_CARE("Children in care"),
    CARE_LEAVERS("Care leavers"),
    DISABLED_CHILDREN("Disabled children"),
    COMPLEX_SAFEGUARDING("Complex safeguarding"),
    EARLY_HELP("Early help"),
    FOSTERING("Fostering"),
    ADOPTION("Adoption");

    private final String label;

    TeamKind(String label) {
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
