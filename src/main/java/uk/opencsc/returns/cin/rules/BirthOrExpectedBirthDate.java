package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8525Q: a child is either born (date of birth) or unborn (expected date of birth), never both and never
 * neither, because the age-based rules and tables need exactly one of them. Named at the date of birth.
 */
final class BirthOrExpectedBirthDate implements ChildRule {

    @Override
    public String code() {
        return "8525Q";
    }

    @Override
    public String message() {
        return "Either Date of Birth or Expected Date of Birth must be provided (but not both)";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        boolean born = child.birthDate() != null;
        boolean expected = child.expectedBirthDate() != null;
        return born == expected ? List.of(BirthNotAfterCensus.BIRTH_DATE) : List.of();
    }
}
