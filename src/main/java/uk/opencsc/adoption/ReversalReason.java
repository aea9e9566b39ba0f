package uk.opencsc.adoption;

import uk.opencsc.platform.validation.CodeList;

/** Why a child should no longer be placed for adoption: SSDA903 REASON_PLACED_CEASED, Annex A list 10. */
public enum ReversalReason implements CodeList {
    RD1("RD1: the child's needs changed after the decision"),
    RD2("RD2: the court did not make a placement order"),
    RD3("RD3: prospective adopters could not be found"),
    RD4("RD4: any other reason");

    private final String label;

    ReversalReason(String label) {
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
