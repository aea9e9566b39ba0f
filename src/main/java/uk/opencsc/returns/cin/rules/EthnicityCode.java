package uk.opencsc.returns.cin.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import uk.opencsc.people.Ethnicity;
import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 4220: ethnicity is required and one of the census's codes (people.Ethnicity is exactly its ethnicitytype), so
 * the DfE can report on the ethnicity of children in need; REFU and NOBT say why it is not known.
 */
final class EthnicityCode implements ChildRule {

    static final Set<String> CODES =
            Arrays.stream(Ethnicity.values()).map(Ethnicity::code).collect(Collectors.toUnmodifiableSet());

    @Override
    public String code() {
        return "4220";
    }

    @Override
    public String message() {
        return "Ethnicity is missing or invalid (see Ethnicity table)";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        return child.ethnicity() != null && CODES.contains(child.ethnicity())
                ? List.of()
                : List.of(ElementPath.of("ChildCharacteristics/Ethnicity"));
    }
}
