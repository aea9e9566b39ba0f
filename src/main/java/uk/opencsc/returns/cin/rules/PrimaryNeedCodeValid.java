package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/**
 * 8650: a primary need, when given, is one of the census's codes N0 to N9 (frontdoor.PrimaryNeed is exactly its
 * primaryneedcodetype); a missing one is 8610's.
 */
final class PrimaryNeedCodeValid implements ChildRule {

    static final Set<String> CODES =
            Arrays.stream(PrimaryNeed.values()).map(PrimaryNeed::code).collect(Collectors.toUnmodifiableSet());

    @Override
    public String code() {
        return "8650";
    }

    @Override
    public String message() {
        return "Primary Need Code invalid (see Primary Need table in CIN census code set)";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            if (episode.primaryNeed() != null && !CODES.contains(episode.primaryNeed())) {
                breaches.add(ElementPath.cinDetails(e).then("PrimaryNeedCode"));
            }
        }
        return breaches;
    }
}
