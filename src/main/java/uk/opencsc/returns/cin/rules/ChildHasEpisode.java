package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/** 8590: the census counts children in need through their episodes, so a child without one has no place in it. */
final class ChildHasEpisode implements ChildRule {

    @Override
    public String code() {
        return "8590";
    }

    @Override
    public String message() {
        return "Child does not have a recorded CIN episode.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        return child.cinDetails().isEmpty() ? List.of(ElementPath.of("CINdetails")) : List.of();
    }
}
