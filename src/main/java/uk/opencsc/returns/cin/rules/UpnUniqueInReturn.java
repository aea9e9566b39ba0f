package uk.opencsc.returns.cin.rules;

import uk.opencsc.returns.cin.CensusHeader;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 1520: a UPN belongs to one pupil, so two children with the same UPN are one child returned twice or a
 * mistyped UPN. Every child sharing a UPN is named, so the analyst sees both records.
 */
final class UpnUniqueInReturn implements ReturnRule {

    @Override
    public String code() {
        return "1520";
    }

    @Override
    public String message() {
        return "More than one record with the same UPN.";
    }

    @Override
    public Tally start(CensusHeader header, CensusPeriod period) {
        return new DuplicateIdentifierTally(this, UpnCheckLetter.UPN, child -> child.upn());
    }
}
