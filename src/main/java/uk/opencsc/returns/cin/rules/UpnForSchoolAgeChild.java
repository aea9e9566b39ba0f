package uk.opencsc.returns.cin.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8770Q: a child old enough for school has a UPN, which links the census to the school census; for a child who
 * was referred on to further action it should be returned or its absence explained by a reason other than UN1
 * ("not yet of school age"). Old enough means born on or before 31 August four years before the 31 August after
 * the reference date, as the DfE's tooling counts it (so children starting reception next September are in).
 */
final class UpnForSchoolAgeChild implements ChildRule {

    static final MonthDay SCHOOL_YEAR_CUT_OFF = MonthDay.of(8, 31);
    static final Set<String> SCHOOL_AGE_REASONS = Set.of("UN2", "UN3", "UN4", "UN5", "UN6", "UN7");

    @Override
    public String code() {
        return "8770Q";
    }

    @Override
    public String message() {
        return "Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is "
                + "UN1 for a child who is of school age.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        boolean furtherAction = child.cinDetails().stream().anyMatch(e -> Boolean.FALSE.equals(e.referralNfa()));
        LocalDate bornBy = SCHOOL_YEAR_CUT_OFF.atYear(period.yearEnding() - 4);
        boolean schoolAge = child.birthDate() != null && !child.birthDate().isAfter(bornBy);
        boolean noUpn = child.upn() == null || child.upn().isBlank();
        boolean reasonGiven = child.upnUnknown() != null && SCHOOL_AGE_REASONS.contains(child.upnUnknown());
        if (furtherAction && schoolAge && noUpn && !reasonGiven) {
            return List.of(UpnCheckLetter.UPN);
        }
        return List.of();
    }
}
