package uk.opencsc.returns.cin.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/**
 * 8820: a child's CIN episodes follow one another, so no referral may fall within another episode: on or after
 * its referral and before its closure, or, for an open episode that went on to further action, up to the
 * reference date. One episode may close on the day the next is referred. Each referral that falls inside another
 * episode is named.
 */
final class EpisodesDoNotOverlap implements ChildRule {

    @Override
    public String code() {
        return "8820";
    }

    @Override
    public String message() {
        return "The dates on the CIN episodes for this child overlap";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<CinDetails> episodes = child.cinDetails();
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < episodes.size(); e++) {
            LocalDate referral = episodes.get(e).referralDate();
            if (referral == null) {
                continue;
            }
            for (int other = 0; other < episodes.size(); other++) {
                if (other != e && within(referral, episodes.get(other), period)) {
                    breaches.add(ElementPath.cinDetails(e).then("CINreferralDate"));
                    break;
                }
            }
        }
        return breaches;
    }

    private static boolean within(LocalDate date, CinDetails episode, CensusPeriod period) {
        LocalDate from = episode.referralDate();
        if (from == null || date.isBefore(from)) {
            return false;
        }
        if (episode.closureDate() != null) {
            return date.isBefore(episode.closureDate());
        }
        return Boolean.FALSE.equals(episode.referralNfa()) && !date.isAfter(period.referenceDate());
    }
}
