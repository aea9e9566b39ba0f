package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import uk.opencsc.frontdoor.ReasonForClosure;
import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/**
 * 8640: a reason for closure, when given, is one of the census's codes RC1 to RC9 (frontdoor.ReasonForClosure is
 * exactly its reasonforclosuretype); a missing one is 8805's.
 */
final class ReasonForClosureCode implements ChildRule {

    static final Set<String> CODES =
            Arrays.stream(ReasonForClosure.values()).map(ReasonForClosure::code)
                    .collect(Collectors.toUnmodifiableSet());

    @Override
    public String code() {
        return "8640";
    }

    @Override
    public String message() {
        return "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            if (episode.reasonForClosure() != null && !CODES.contains(episode.reasonForClosure())) {
                breaches.add(ElementPath.cinDetails(e).then("ReasonForClosure"));
            }
        }
        return breaches;
    }
}
