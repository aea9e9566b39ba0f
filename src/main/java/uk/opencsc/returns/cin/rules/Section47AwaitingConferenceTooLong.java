package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.calendar.WorkingDays;
import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8675Q: an initial conference is due within 15 working days of the strategy discussion, so an enquiry that
 * started more than 15 working days before the reference date and still has no conference (nor one declared not
 * required) is probably missing its conference date.
 */
final class Section47AwaitingConferenceTooLong implements ChildRule {

    private static final WorkingDays CONFERENCE_DUE = WorkingDays.of(15);

    @Override
    public String code() {
        return "8675Q";
    }

    @Override
    public String message() {
        return "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.section47s(child, (episode, enquiry, at) -> {
            if (Activities.awaitingConference(enquiry) && enquiry.startDate() != null
                    && period.calendar().workingDaysBetween(enquiry.startDate(), period.referenceDate()) > CONFERENCE_DUE.count()) {
                breaches.add(at.then("S47ActualStartDate"));
            }
        });
        return breaches;
    }
}
