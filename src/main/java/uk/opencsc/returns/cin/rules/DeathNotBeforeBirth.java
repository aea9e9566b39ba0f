package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/** 8535Q: a child cannot die before being born; one of the two dates is mistyped. Same day is allowed. */
final class DeathNotBeforeBirth implements ChildRule {

    static final ElementPath DEATH_DATE = ElementPath.of("ChildIdentifiers/PersonDeathDate");

    @Override
    public String code() {
        return "8535Q";
    }

    @Override
    public String message() {
        return "Please check and either amend data or provide a reason: Child’s date of death should not be "
                + "prior to the date of birth";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        return child.deathDate() != null && child.birthDate() != null && child.deathDate().isBefore(child.birthDate())
                ? List.of(DEATH_DATE)
                : List.of();
    }
}
