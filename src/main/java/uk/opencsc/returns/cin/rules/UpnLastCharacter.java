package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 1550: a 13-character UPN ends in a digit (a permanent UPN) or a letter other than I, O and S (a temporary one),
 * the letters the DfE leaves out because they read as 1, 0 and 5. The schema allows either case.
 */
final class UpnLastCharacter implements ChildRule {

    @Override
    public String code() {
        return "1550";
    }

    @Override
    public String message() {
        return "UPN invalid (character 13 not a recognised value)";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        String upn = child.upn();
        if (upn == null || upn.length() != 13) {
            return List.of();
        }
        boolean allowed = String.valueOf(upn.charAt(12)).matches("[0-9A-HJ-NP-RT-Za-hj-np-rt-z]");
        return allowed ? List.of() : List.of(UpnCheckLetter.UPN);
    }
}
