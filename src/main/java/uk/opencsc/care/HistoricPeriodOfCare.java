package uk.opencsc.care;

import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.people.Postcode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A period of care as another system (or the synthetic authority) holds it, for {@link CareBulkLoad}: its episodes
 * in date order (the reason for each new episode is worked out by {@link NewEpisodeRule}, as on the pages), its end,
 * and what was recorded in it.
 *
 * @param uascCeasedOn   null when not UASC
 * @param endDate        null while the child is looked after
 * @param reasonCeased   set exactly when {@code endDate} is
 */
public record HistoricPeriodOfCare(UUID personId, boolean uasc, LocalDate uascCeasedOn, List<Change> episodes,
                                   LocalDate endDate, ReasonEpisodeCeased reasonCeased, List<LocalDate> reviews,
                                   List<Visit> visits, List<LocalDate> healthAssessments, List<LocalDate> dentalChecks, String iro) {

    /**
     * One episode's start.
     *
     * @param carerChanged           whether the child went to another carer that day (ignored for the first episode)
     * @param reasonPlacementChanged why the previous placement ended, when this episode changed it; else null
     */
    public record Change(LocalDate startDate, LegalStatus legalStatus, PrimaryNeed categoryOfNeed, Placement placement,
                         Postcode homePostcode, boolean carerChanged, ReasonPlacementChanged reasonPlacementChanged) {
    }

    public record Visit(LocalDate date, boolean seen, boolean seenAlone, String childsViews, String worker) {
    }
}
