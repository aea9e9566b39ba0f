package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 1540: characters 5–12 of a UPN are the allocating school's and pupil's serial numbers, all digits; a letter
 * there means the UPN was mistyped. A UPN too short to reach character 12 is checked as far as it goes.
 */
final class UpnMiddleDigits implements ChildRule {

    @Override
    public String code() {
        return "1540";
    }

    @Override
    public String message() {
        return "UPN invalid (characters 5-12 not all numeric)";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        String upn = child.upn();
        if (upn == null || upn.length() <= 4) {
            return List.of();
        }
        String middle = upn.substring(4, Math.min(12, upn.length()));
        return middle.chars().allMatch(c -> c >= '0' && c <= '9') ? List.of() : List.of(UpnCheckLetter.UPN);
    }
}
