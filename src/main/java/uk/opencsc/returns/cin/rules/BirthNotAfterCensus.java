package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8520: a child born after the reference date cannot have been a child in need during the census year; an
 * unborn child is returned with an expected date of birth instead.
 */
final class BirthNotAfterCensus implements ChildRule {

    static final ElementPath BIRTH_DATE = ElementPath.of("ChildIdentifiers/PersonBirthDate");

    @Override
    public String code() {
        return "8520";
    }

    @Override
    public String message() {
        return "Date of Birth is after data collection period (must be on or before the end of the census period)";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        return child.birthDate() != null && child.birthDate().isAfter(period.referenceDate())
                ? List.of(BIRTH_DATE)
                : List.of();
    }
}
