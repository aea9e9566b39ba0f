package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/** 8790: NONE says the child has no disability, so it cannot sit beside a disability; each other code is named. */
final class NoDisabilityStandsAlone implements ChildRule {

    @Override
    public String code() {
        return "8790";
    }

    @Override
    public String message() {
        return "Disability information includes both None and other values";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<String> disabilities = child.disabilities();
        if (!disabilities.contains(DisabilityCode.NONE)) {
            return List.of();
        }
        List<ElementPath> breaches = new ArrayList<>();
        for (int d = 0; d < disabilities.size(); d++) {
            if (!DisabilityCode.NONE.equals(disabilities.get(d))) {
                breaches.add(DisabilityCode.disabilityAt(d));
            }
        }
        return breaches;
    }
}
