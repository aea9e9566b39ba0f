package uk.opencsc.returns.cin.rules;

import uk.opencsc.returns.cin.CensusHeader;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8510: each child is returned once with all their episodes, so two records with one LA child ID are the same
 * child split in two (or two children given one ID). Every child sharing an ID is named.
 */
final class LaChildIdUniqueInReturn implements ReturnRule {

    @Override
    public String code() {
        return "8510";
    }

    @Override
    public String message() {
        return "More than one child record with the same LA Child ID";
    }

    @Override
    public Tally start(CensusHeader header, CensusPeriod period) {
        return new DuplicateIdentifierTally(this, LaChildIdLength.LA_CHILD_ID, child -> child.laChildId());
    }
}
