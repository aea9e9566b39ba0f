package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8715: the census reports conferences held in its year; a conference date outside 1 April to 31 March belongs
 * to another return (or is mistyped).
 */
final class InitialConferenceInCensusYear implements ChildRule {

    @Override
    public String code() {
        return "8715";
    }

    @Override
    public String message() {
        return "Date of Initial Child Protection Conference must fall within the census year";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.initialConferenceDates(child, (episode, conference, at) -> {
            if (Activities.outsideYear(conference, period)) {
                breaches.add(at);
            }
        });
        return breaches;
    }
}
