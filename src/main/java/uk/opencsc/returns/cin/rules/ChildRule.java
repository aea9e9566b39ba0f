package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/** A rule decided by one child's record alone: most of the DfE's rules. */
public non-sealed interface ChildRule extends CensusRule {

    /**
     * The elements of this child that break the rule, as {@link ElementPath}s (empty when it holds). A rule that
     * fails once for the whole child names the element it is about, e.g. {@code ChildIdentifiers/UPN}.
     */
    List<ElementPath> check(CensusChild child, CensusPeriod period);
}
