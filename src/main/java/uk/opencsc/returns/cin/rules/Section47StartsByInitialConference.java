package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8615: a conference is the outcome of a section 47 enquiry, so an enquiry with a conference date must have a
 * start date on or before it.
 */
final class Section47StartsByInitialConference implements ChildRule {

    @Override
    public String code() {
        return "8615";
    }

    @Override
    public String message() {
        return "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.section47s(child, (episode, enquiry, at) -> {
            if (enquiry.dateOfInitialCpc() != null
                    && (enquiry.startDate() == null || enquiry.startDate().isAfter(enquiry.dateOfInitialCpc()))) {
                breaches.add(at.then("S47ActualStartDate"));
            }
        });
        return breaches;
    }
}
