package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8750: sex is recorded as on the birth certificate, which an unborn child (an expected date of birth and no date
 * of birth) does not have yet, so theirs is U.
 */
final class UnbornSexUnknown implements ChildRule {

    @Override
    public String code() {
        return "8750";
    }

    @Override
    public String message() {
        return "Sex must equal U for an unborn child";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        boolean unborn = child.birthDate() == null && child.expectedBirthDate() != null;
        return unborn && !"U".equals(child.sex()) ? List.of(SexCode.SEX) : List.of();
    }
}
