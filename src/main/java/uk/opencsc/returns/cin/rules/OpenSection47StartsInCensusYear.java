package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8740: an enquiry still awaiting its conference at the end of the year can only be reported if it started in
 * the year; an earlier one should have been closed in an earlier return.
 */
final class OpenSection47StartsInCensusYear implements ChildRule {

    @Override
    public String code() {
        return "8740";
    }

    @Override
    public String message() {
        return "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.section47s(child, (episode, enquiry, at) -> {
            if (Activities.awaitingConference(enquiry) && Activities.outsideYear(enquiry.startDate(), period)) {
                breaches.add(at.then("S47ActualStartDate"));
            }
        });
        return breaches;
    }
}
