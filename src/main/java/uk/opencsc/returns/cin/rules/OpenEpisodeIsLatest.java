package uk.opencsc.returns.cin.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/**
 * 8816: an open episode that went on to further action is the child's current one, so no other episode can have
 * been referred after it; a later referral means the open one should have been closed.
 */
final class OpenEpisodeIsLatest implements ChildRule {

    @Override
    public String code() {
        return "8816";
    }

    @Override
    public String message() {
        return "An open CIN episode is shown and case is not a referral with no further action, but it is not the "
                + "latest episode.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        LocalDate latest = child.cinDetails().stream().map(CinDetails::referralDate).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            if (OneOpenEpisode.isOpenWithFurtherAction(episode) && episode.referralDate() != null
                    && episode.referralDate().isBefore(latest)) {
                breaches.add(ElementPath.cinDetails(e).then("CINreferralDate"));
            }
        }
        return breaches;
    }
}
