package uk.opencsc.care;

import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.people.Postcode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A recorded episode's details as a worker corrects them (a typo in a postcode, a wrong date, the wrong code): not a
 * change of legal status or placement, so no episode is opened or closed, and the 903 sees the same episodes with the
 * same reasons for new episode.
 *
 * <p>The placement's details (type, provider, URN, postcode, intended to last until 18) are one placement's: they are
 * corrected in every episode next to this one that recorded the same placement (a legal status change in the same
 * placement copied its details, typo and all); the start date, legal status, category of need and home postcode are
 * this episode's only. A new start date moves the end of the episode before it (each episode ends the day the next
 * starts).
 *
 * @param episodeId the episode corrected
 */
public record EpisodeCorrection(UUID episodeId, LocalDate startDate, LegalStatus legalStatus, PrimaryNeed categoryOfNeed,
                                Placement placement, Postcode homePostcode) {

    /** The period's episodes, in date order, as they are once corrected. */
    public List<Episode> applyTo(PeriodOfCare period) {
        List<Episode> episodes = period.episodes();
        int at = indexIn(period);
        Episode before = episodes.get(at);
        List<Episode> corrected = new ArrayList<>(episodes.size());
        for (int i = 0; i < episodes.size(); i++) {
            Episode e = episodes.get(i);
            boolean samePlacement = inPlacementRun(episodes, at, i);
            Placement placementNow = samePlacement ? placement : e.placement();
            if (i == at) {
                e = new Episode(e.id(), e.periodId(), e.personId(), startDate, e.reasonForNewEpisode(), legalStatus, categoryOfNeed,
                        placementNow, homePostcode, e.endDate(), e.reasonEnded(), e.reasonPlacementChanged());
            } else if (i == at - 1 && !startDate.equals(before.startDate())) {
                e = new Episode(e.id(), e.periodId(), e.personId(), e.startDate(), e.reasonForNewEpisode(), e.legalStatus(),
                        e.categoryOfNeed(), placementNow, e.homePostcode(), startDate, e.reasonEnded(), e.reasonPlacementChanged());
            } else if (samePlacement) {
                e = new Episode(e.id(), e.periodId(), e.personId(), e.startDate(), e.reasonForNewEpisode(), e.legalStatus(),
                        e.categoryOfNeed(), placementNow, e.homePostcode(), e.endDate(), e.reasonEnded(), e.reasonPlacementChanged());
            }
            corrected.add(e);
        }
        return corrected;
    }

    /** Where the corrected episode is in the period. @throws IllegalArgumentException when it is not the period's */
    int indexIn(PeriodOfCare period) {
        for (int i = 0; i < period.episodes().size(); i++) {
            if (period.episodes().get(i).id().equals(episodeId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Episode " + episodeId + " is not in period " + period.id());
    }

    /** Whether episode {@code i} is in the unbroken run of episodes of the same placement as episode {@code at}. */
    private static boolean inPlacementRun(List<Episode> episodes, int at, int i) {
        int from = Math.min(at, i);
        int to = Math.max(at, i);
        for (int j = from; j < to; j++) {
            // a placement change (P, T, B, U) starts another placement, even one recorded with the same details
            if (episodes.get(j + 1).reasonForNewEpisode().placementChanged()
                    || episodes.get(j).placement().differsFrom(episodes.get(j + 1).placement())) {
                return false;
            }
        }
        return true;
    }
}
