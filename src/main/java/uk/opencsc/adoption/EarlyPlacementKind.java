package uk.opencsc.adoption;

import uk.opencsc.platform.validation.CodeList;

/** A placement with the prospective adopters as foster carers before the child may be placed for adoption (Annex A list 10: the date placed in a fostering for adoption or concurrent planning placement). */
public enum EarlyPlacementKind implements CodeList {
    FOSTERING_FOR_ADOPTION("Fostering for adoption"),
    CONCURRENT_PLANNING("Concurrent planning");

    private final String label;

    EarlyPlacementKind(String label) {
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
