package uk.opencsc.returns.cin.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import uk.opencsc.people.Sex;
import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/** 4180: sex is one of the census's codes M, F or U (people.Sex is exactly the census's sextype). */
final class SexCode implements ChildRule {

    static final ElementPath SEX = ElementPath.of("ChildIdentifiers/Sex");
    static final Set<String> CODES = Arrays.stream(Sex.values()).map(Sex::code).collect(Collectors.toUnmodifiableSet());

    @Override
    public String code() {
        return "4180";
    }

    @Override
    public String message() {
        return "Sex must be provided and equal M, F, or U";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        return child.sex() != null && CODES.contains(child.sex()) ? List.of() : List.of(SEX);
    }
}
