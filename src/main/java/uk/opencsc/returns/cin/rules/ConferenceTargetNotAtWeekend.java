package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8870Q: the target date for an initial conference is counted in working days from the strategy discussion, so
 * one at a weekend suggests it was miscounted.
 */
final class ConferenceTargetNotAtWeekend implements ChildRule {

    @Override
    public String code() {
        return "8870Q";
    }

    @Override
    public String message() {
        return "Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.section47s(child, (episode, enquiry, at) -> {
            if (enquiry.initialCpcTarget() != null && Activities.isWeekend(enquiry.initialCpcTarget())) {
                breaches.add(at.then("InitialCPCtarget"));
            }
        });
        return breaches;
    }
}
