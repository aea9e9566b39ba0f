package uk.opencsc.returns.cin.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/**
 * 2885: a child protection plan is made by an initial conference, so a plan starting in the census year starts
 * on the day of a conference recorded in its episode, on a section 47 enquiry or on the episode itself.
 */
final class ProtectionPlanStartsOnConferenceDay implements ChildRule {

    @Override
    public String code() {
        return "2885";
    }

    @Override
    public String message() {
        return "Child protection plan shown as starting a different day to the initial child protection conference.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.protectionPlans(child, (episode, plan, at) -> {
            if (period.contains(plan.startDate()) && !conferenceHeldOn(episode, plan.startDate())) {
                breaches.add(at.then("CPPstartDate"));
            }
        });
        return breaches;
    }

    private static boolean conferenceHeldOn(CinDetails episode, LocalDate day) {
        if (day.equals(episode.dateOfInitialCpc())) {
            return true;
        }
        return episode.section47s().stream().anyMatch(enquiry -> day.equals(enquiry.dateOfInitialCpc()));
    }
}
