package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusHeader;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * A rule about the whole return (the header, duplicates across children, proportions): it sees each child once,
 * keeping only what it needs, so a 50,000-child file is checked in one pass without holding the children.
 */
public non-sealed interface ReturnRule extends CensusRule {

    /** A fresh tally for one validation run. */
    Tally start(CensusHeader header, CensusPeriod period);

    interface Tally {
        void see(CensusChild child);

        /** What broke the rule, once every child has been seen. */
        List<Failure> finish();
    }
}
