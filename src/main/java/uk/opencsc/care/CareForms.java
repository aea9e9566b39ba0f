package uk.opencsc.care;

import uk.opencsc.platform.web.DateInput;

/** The care forms as typed: what the pages bind to, never the stored rows. Yes/no answers are "yes" or "no". */
final class CareForms {

    private CareForms() {
    }

    /** The placement's fields, shared by the start and change forms. */
    interface PlacementFields {
        String placementType();

        String placementProvider();

        String urn();

        String placementPostcode();

        String intendedUntilEighteen();
    }

    record StartForm(DateInput startDate, String legalStatus, String categoryOfNeed, String placementType,
                     String placementProvider, String urn, String placementPostcode, String homePostcode,
                     String intendedUntilEighteen, String uasc, DateInput uascCeasedOn) implements PlacementFields {
    }

    /**
     * @param previewed the reason for new episode the worker was shown; saved only when the change still opens it
     * @param version   the period's version when the form was opened
     */
    record ChangeForm(DateInput changeDate, String legalStatus, String categoryOfNeed, String placementType,
                      String placementProvider, String urn, String placementPostcode, String homePostcode,
                      String intendedUntilEighteen, String carerChanged, String reasonPlacementChanged, String previewed,
                      Integer version) implements PlacementFields {

        ChangeForm withPreview(String reason, int newVersion) {
            return new ChangeForm(changeDate, legalStatus, categoryOfNeed, placementType, placementProvider, urn, placementPostcode,
                    homePostcode, intendedUntilEighteen, carerChanged, reasonPlacementChanged, reason, newVersion);
        }
    }

    /**
     * A correction of a recorded episode.
     *
     * @param version the period's version when the form was opened
     */
    record CorrectForm(DateInput startDate, String legalStatus, String categoryOfNeed, String placementType,
                       String placementProvider, String urn, String placementPostcode, String homePostcode,
                       String intendedUntilEighteen, Integer version) implements PlacementFields {

        CorrectForm withVersion(int newVersion) {
            return new CorrectForm(startDate, legalStatus, categoryOfNeed, placementType, placementProvider, urn, placementPostcode,
                    homePostcode, intendedUntilEighteen, newVersion);
        }
    }

    /** @param version the period's version when the form was opened */
    record EndForm(DateInput endDate, String reasonCeased, Integer version) {

        EndForm withVersion(int newVersion) {
            return new EndForm(endDate, reasonCeased, newVersion);
        }
    }

    record ReviewForm(DateInput reviewDate, String iro, String participation) {
    }

    record VisitForm(DateInput visitDate, String seen, String seenAlone, String childsViews, String worker) {
    }

    record HealthCheckForm(DateInput checkDate) {
    }
}
