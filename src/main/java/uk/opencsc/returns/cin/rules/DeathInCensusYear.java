package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8545Q: a child who died before the census year would not be a child in need in it, and a date after the
 * reference date has not happened yet, so a date of death outside the year is likely wrong.
 */
final class DeathInCensusYear implements ChildRule {

    @Override
    public String code() {
        return "8545Q";
    }

    @Override
    public String message() {
        return "Please check and either amend data or provide a reason: Child's date of death should be "
                + "within the census year";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        return child.deathDate() != null && !period.contains(child.deathDate())
                ? List.of(DeathNotBeforeBirth.DEATH_DATE)
                : List.of();
    }
}
