package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusHeader;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 100: the header's reference date must be 31 March of the collection year, because every date rule measures
 * the census year from it; a file stamped with another day would be checked against the wrong year.
 */
final class ReferenceDateIsCensusDay implements ReturnRule {

    static final ElementPath REFERENCE_DATE = ElementPath.of("Header/CollectionDetails/ReferenceDate");

    @Override
    public String code() {
        return "100";
    }

    @Override
    public String message() {
        return "Reference Date is incorrect";
    }

    @Override
    public Tally start(CensusHeader header, CensusPeriod period) {
        boolean right = header != null && period.referenceDate().equals(header.referenceDate());
        return new Tally() {
            @Override
            public void see(CensusChild child) {
                // The header alone decides this rule.
            }

            @Override
            public List<Failure> finish() {
                return right ? List.of() : List.of(Failure.of(ReferenceDateIsCensusDay.this, null, REFERENCE_DATE));
            }
        };
    }
}
