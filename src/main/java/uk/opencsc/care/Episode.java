package uk.opencsc.care;

import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.people.Postcode;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One episode of care (a 903 episodes row): one legal status and one placement, from its start date (DECOM) to its
 * end date (DEC), both inclusive; the next episode of the period starts on the day this one ends, as the 903
 * records them.
 *
 * @param categoryOfNeed          the 903 CIN field: N1 to N8
 * @param homePostcode            the postcode of the home the child was looked after from (903 HOME_POST); may be null
 * @param endDate                 null while the episode is the period's current one
 * @param reasonEnded             set exactly when {@code endDate} is: X1 when another episode follows
 * @param reasonPlacementChanged  why the placement ended, when the next episode changed it; otherwise null
 */
public record Episode(UUID id, UUID periodId, UUID personId, LocalDate startDate, ReasonForNewEpisode reasonForNewEpisode,
                      LegalStatus legalStatus, PrimaryNeed categoryOfNeed, Placement placement, Postcode homePostcode,
                      LocalDate endDate, ReasonEpisodeCeased reasonEnded, ReasonPlacementChanged reasonPlacementChanged) {

    public boolean open() {
        return endDate == null;
    }

    /** On or after the start and, if it ended, on or before the end. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    /** This episode ended on {@code date} for {@code reason}. */
    Episode endedOn(LocalDate date, ReasonEpisodeCeased reason, ReasonPlacementChanged placementChanged) {
        return new Episode(id, periodId, personId, startDate, reasonForNewEpisode, legalStatus, categoryOfNeed, placement,
                homePostcode, date, reason, placementChanged);
    }
}
