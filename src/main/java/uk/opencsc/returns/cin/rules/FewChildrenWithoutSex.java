package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusHeader;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 2886Q: sex is known for almost every born child, so when more than 2% of the children in the return have none
 * (missing or U) the recording, not the children, is likely at fault. Unborn children (with an expected date of
 * birth) are left out of the count, as their sex is rightly U, but stay in the total, as the DfE counts them.
 */
final class FewChildrenWithoutSex implements ReturnRule {

    static final double MOST_WITHOUT_SEX = 0.02;

    @Override
    public String code() {
        return "2886Q";
    }

    @Override
    public String message() {
        return "Please check and either amend or provide a reason: Percentage of children with no sex recorded is "
                + "more than 2% (excluding unborns)";
    }

    @Override
    public Tally start(CensusHeader header, CensusPeriod period) {
        return new Tally() {
            private long children;
            private long withoutSex;

            @Override
            public void see(CensusChild child) {
                children++;
                boolean noSex = child.sex() == null || child.sex().isBlank() || child.sex().equals("U");
                if (noSex && child.expectedBirthDate() == null) {
                    withoutSex++;
                }
            }

            @Override
            public List<Failure> finish() {
                if (children == 0 || (double) withoutSex / children <= MOST_WITHOUT_SEX) {
                    return List.of();
                }
                return List.of(Failure.of(FewChildrenWithoutSex.this, null, SexCode.SEX));
            }
        };
    }
}
