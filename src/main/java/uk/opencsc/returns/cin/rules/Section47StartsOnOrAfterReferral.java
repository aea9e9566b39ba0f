package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 2889: a section 47 enquiry is made within the episode the referral opened, so it cannot start before the
 * referral.
 */
final class Section47StartsOnOrAfterReferral implements ChildRule {

    @Override
    public String code() {
        return "2889";
    }

    @Override
    public String message() {
        return "The S47 start date cannot be before the referral date.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.section47s(child, (episode, enquiry, at) -> {
            if (Activities.before(enquiry.startDate(), episode.referralDate())) {
                breaches.add(at.then("S47ActualStartDate"));
            }
        });
        return breaches;
    }
}
