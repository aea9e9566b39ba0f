package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusHeader;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 2888Q: many disabled children have more than one disability, so when every disabled child in the return has
 * exactly one code, only the main disability is probably being recorded. Needs at least one disabled child;
 * NONE is not a disability.
 */
final class SomeChildHasSeveralDisabilities implements ReturnRule {

    @Override
    public String code() {
        return "2888Q";
    }

    @Override
    public String message() {
        return "Please check and either amend or provide a reason: Only one disability code is recorded per child and "
                + "multiple disabilities should be recorded where possible.";
    }

    @Override
    public Tally start(CensusHeader header, CensusPeriod period) {
        return new Tally() {
            private boolean anyDisabled;
            private boolean anySeveral;

            @Override
            public void see(CensusChild child) {
                long disabilities = child.disabilities().stream()
                        .filter(code -> code != null && !code.isBlank() && !code.equals(DisabilityCode.NONE))
                        .distinct().count();
                anyDisabled |= disabilities > 0;
                anySeveral |= disabilities > 1;
            }

            @Override
            public List<Failure> finish() {
                return anyDisabled && !anySeveral
                        ? List.of(Failure.of(SomeChildHasSeveralDisabilities.this, null,
                                DisabilityCodesVaried.DISABILITY))
                        : List.of();
            }
        };
    }
}
