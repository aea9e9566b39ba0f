package uk.opencsc.returns.cin.rules;

import java.time.LocalDate;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8530Q: an unborn child at the reference date is due within a pregnancy's length of it, so an expected date of
 * birth more than 30 days before the reference date (the child is probably born: record the birth) or more than
 * 9 months after it is likely wrong. Both bounds are allowed.
 */
final class ExpectedBirthNearCensus implements ChildRule {

    @Override
    public String code() {
        return "8530Q";
    }

    @Override
    public String message() {
        return "Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected "
                + "range for this census (March to December of the Census Year end)";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        LocalDate expected = child.expectedBirthDate();
        if (expected == null) {
            return List.of();
        }
        LocalDate earliest = period.referenceDate().minusDays(30);
        LocalDate latest = period.referenceDate().plusMonths(9);
        return expected.isBefore(earliest) || expected.isAfter(latest)
                ? List.of(ElementPath.of("ChildIdentifiers/ExpectedPersonBirthDate"))
                : List.of();
    }
}
