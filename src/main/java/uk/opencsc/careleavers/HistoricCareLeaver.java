package uk.opencsc.careleavers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A care leaver's record as a bulk load brings it (the synthetic local authority, a migration from another system):
 * the same facts the pages record, checked by the same rules.
 *
 * @param pathwayPlanAgreedOn        null when no plan is agreed yet
 * @param stayingPutFrom             null when not staying put
 * @param stayingPutTo               null while staying put lasts (or when not staying put)
 * @param extendedSupportRequestedOn null unless a former relevant young person asked for support to 25
 * @param supportEndedOn             null while support lasts
 */
public record HistoricCareLeaver(UUID personId, EligibilityCategory category, LocalDate categoryFrom,
                                 LocalDate pathwayPlanAgreedOn, LocalDate stayingPutFrom, LocalDate stayingPutTo,
                                 LocalDate extendedSupportRequestedOn, LocalDate supportEndedOn, List<Contact> contacts, List<Accommodation> accommodation,
                                 List<ActivityFrom> activity, List<Review> reviews) {

    public record Contact(LocalDate date, InTouch inTouch, ContactMethod method, String notes) {
    }

    public record Accommodation(LocalDate from, AccommodationType type, boolean suitable) {
    }

    public record ActivityFrom(LocalDate from, Activity activity) {
    }

    public record Review(LocalDate date, String attended, String views) {
    }
}
