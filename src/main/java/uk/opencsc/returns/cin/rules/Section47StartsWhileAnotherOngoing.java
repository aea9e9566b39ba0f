package uk.opencsc.returns.cin.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails.Section47;

/**
 * 8890: an episode has one section 47 enquiry at a time, so an enquiry cannot start on or between the start and
 * conference date of another enquiry in the same episode, or after the start of one still awaiting its
 * conference. An enquiry closed with no conference needed has no end date to compare and is left out.
 */
final class Section47StartsWhileAnotherOngoing implements ChildRule {

    @Override
    public String code() {
        return "8890";
    }

    @Override
    public String message() {
        return "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.episodes(child, (episode, at) -> {
            List<Section47> enquiries = episode.section47s();
            for (int i = 0; i < enquiries.size(); i++) {
                for (int j = 0; j < enquiries.size(); j++) {
                    if (i != j && ongoingOn(enquiries.get(j), enquiries.get(i).startDate(), period)) {
                        breaches.add(at.then("Section47", i).then("S47ActualStartDate"));
                        break;
                    }
                }
            }
        });
        return breaches;
    }

    private static boolean ongoingOn(Section47 other, LocalDate day, CensusPeriod period) {
        if (other.dateOfInitialCpc() == null && !Activities.awaitingConference(other)) {
            return false;
        }
        return Activities.coversDay(day, other.startDate(), other.dateOfInitialCpc(), period);
    }
}
