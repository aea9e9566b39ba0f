package uk.opencsc.returns.cin.rules;

import java.util.List;
import java.util.Locale;

import uk.opencsc.people.UniquePupilNumber;
import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 1510: a UPN's first character is a check letter computed from the other twelve, so a mistyped UPN is caught
 * before it fails to match the child's school records. Only a UPN whose other characters are well formed is
 * checked here; 1540 and 1550 name the malformed ones.
 */
final class UpnCheckLetter implements ChildRule {

    static final ElementPath UPN = ElementPath.of("ChildIdentifiers/UPN");

    @Override
    public String code() {
        return "1510";
    }

    @Override
    public String message() {
        return "UPN invalid (wrong check letter at character 1)";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        // The schema allows lower-case letters; the check letter is the same letter in either case.
        String upn = child.upn() == null ? null : child.upn().toUpperCase(Locale.ROOT);
        if (upn == null || !upn.matches("[A-Z]\\d{11}[0-9A-HJ-NP-RT-Z]")) {
            return List.of();
        }
        return upn.charAt(0) == UniquePupilNumber.checkLetter(upn.substring(1)) ? List.of() : List.of(UPN);
    }
}
