package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/** 1570: the DfE stores the LA child ID in 20 characters, so a longer one would be cut and could collide. */
final class LaChildIdLength implements ChildRule {

    static final ElementPath LA_CHILD_ID = ElementPath.of("ChildIdentifiers/LAchildID");
    static final int MAX_LENGTH = 20;

    @Override
    public String code() {
        return "1570";
    }

    @Override
    public String message() {
        return "LA Child ID must not be longer than 20 characters";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        String id = child.laChildId();
        return id != null && id.length() > MAX_LENGTH ? List.of(LA_CHILD_ID) : List.of();
    }
}
