package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8794: each disability is recorded once per child, so a repeated code would count the child twice in the DfE's
 * tables. The repeats (second and later) are named, not the first.
 */
final class DisabilityNotRepeated implements ChildRule {

    @Override
    public String code() {
        return "8794";
    }

    @Override
    public String message() {
        return "Child has two or more disabilities with the same code";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        Set<String> seen = new HashSet<>();
        List<ElementPath> breaches = new ArrayList<>();
        for (int d = 0; d < child.disabilities().size(); d++) {
            String disability = child.disabilities().get(d);
            if (disability != null && !seen.add(disability)) {
                breaches.add(DisabilityCode.disabilityAt(d));
            }
        }
        return breaches;
    }
}
