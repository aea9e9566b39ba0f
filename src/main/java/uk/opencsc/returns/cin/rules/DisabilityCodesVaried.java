package uk.opencsc.returns.cin.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusHeader;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 2887Q: across a whole authority's children in need every kind of disability turns up, so a return using 7 or
 * fewer of the disability codes (NONE aside) suggests disabilities are being recorded under too few codes. Only
 * census codes count: a wrong code is 8540's, not another kind of disability.
 */
final class DisabilityCodesVaried implements ReturnRule {

    static final ElementPath DISABILITY = ElementPath.of("ChildCharacteristics/Disabilities/Disability");
    static final int FEWEST_CODES = 8;

    @Override
    public String code() {
        return "2887Q";
    }

    @Override
    public String message() {
        return "Please check and either amend or provide a reason: Less than 8 disability codes have been "
                + "used in your return";
    }

    @Override
    public Tally start(CensusHeader header, CensusPeriod period) {
        return new Tally() {
            private final Set<String> codesUsed = new HashSet<>();
            private boolean anyChild;

            @Override
            public void see(CensusChild child) {
                anyChild = true;
                for (String disability : child.disabilities()) {
                    if (DisabilityCode.CODES.contains(disability) && !disability.equals(DisabilityCode.NONE)) {
                        codesUsed.add(disability);
                    }
                }
            }

            @Override
            public List<Failure> finish() {
                return anyChild && codesUsed.size() < FEWEST_CODES
                        ? List.of(Failure.of(DisabilityCodesVaried.this, null, DISABILITY))
                        : List.of();
            }
        };
    }
}
