package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/** 8500: the LA child ID is how the DfE tells one child from another across the return and across years. */
final class LaChildIdPresent implements ChildRule {

    @Override
    public String code() {
        return "8500";
    }

    @Override
    public String message() {
        return "LA Child ID missing";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        String id = child.laChildId();
        return id == null || id.isBlank() ? List.of(LaChildIdLength.LA_CHILD_ID) : List.of();
    }
}
