package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 1560Q: a former UPN links the child to records held under the old number, so it must have a UPN's shape:
 * a letter, eleven digits, then a digit or a letter (the census's upntype).
 */
final class FormerUpnFormat implements ChildRule {

    @Override
    public String code() {
        return "1560Q";
    }

    @Override
    public String message() {
        return "Please check and either amend or provide a reason: Former UPN wrongly formatted";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        String former = child.formerUpn();
        if (former == null || former.isBlank() || former.matches("[A-Za-z]\\d{11}[0-9A-Za-z]")) {
            return List.of();
        }
        return List.of(ElementPath.of("ChildIdentifiers/FormerUPN"));
    }
}
