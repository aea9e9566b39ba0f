package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8875: conferences are held on weekdays, so a conference date on a Saturday or Sunday is a recording error.
 */
final class InitialConferenceNotAtWeekend implements ChildRule {

    @Override
    public String code() {
        return "8875";
    }

    @Override
    public String message() {
        return "The Date of Initial Child Protection Conference cannot be a weekend";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.initialConferenceDates(child, (episode, conference, at) -> {
            if (Activities.isWeekend(conference)) {
                breaches.add(at);
            }
        });
        return breaches;
    }
}
