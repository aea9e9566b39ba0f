package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 1580: the LA child ID is matched across years and returns, so it is letters and digits only; spaces,
 * punctuation or accented letters make the match fail. A missing ID is 8500's.
 */
final class LaChildIdAlphanumeric implements ChildRule {

    @Override
    public String code() {
        return "1580";
    }

    @Override
    public String message() {
        return "LA Child ID must not contain any non-alphanumeric characters";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        String id = child.laChildId();
        if (id == null || id.isEmpty() || id.matches("[A-Za-z0-9]+")) {
            return List.of();
        }
        return List.of(LaChildIdLength.LA_CHILD_ID);
    }
}
