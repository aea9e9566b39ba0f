package uk.opencsc.adoption;

import uk.opencsc.platform.validation.CodeList;

/** What lets the agency place the child for adoption: a placement order (Adoption and Children Act 2002 s21) or the parents' consent (s19); SSDA903 placement codes A3-A6 tell the two apart. */
public enum PlacementAuthority implements CodeList {
    PLACEMENT_ORDER("Placement order"),
    CONSENT("Parents' consent to placement");

    private final String label;

    PlacementAuthority(String label) {
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
