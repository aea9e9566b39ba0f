package uk.opencsc.careleavers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A young person's leaving care record: their category from a date, their pathway plan, staying put and how long
 * support lasts. Contacts, accommodation, activity and reviews are kept apart, one row each.
 *
 * @param categoryFrom               the day the category applies from
 * @param pathwayPlanAgreedOn        null until a pathway plan is agreed
 * @param stayingPutFrom             the first day of a staying put arrangement with former foster carers, or null
 * @param stayingPutTo               its last day (inclusive), or null while it lasts
 * @param extendedSupportRequestedOn the day a former relevant young person asked for support beyond 21 (to 25), or null
 * @param supportEndedOn             the day leaving care support ended, or null while it lasts
 */
public record CareLeaver(UUID personId, EligibilityCategory category, LocalDate categoryFrom, LocalDate pathwayPlanAgreedOn,
                         LocalDate stayingPutFrom, LocalDate stayingPutTo, LocalDate extendedSupportRequestedOn,
                         LocalDate supportEndedOn, int version, Instant updatedAt, String updatedBy) {

    public boolean supportEnded() {
        return supportEndedOn != null;
    }

    public boolean stayingPut(LocalDate day) {
        return stayingPutFrom != null && !day.isBefore(stayingPutFrom) && (stayingPutTo == null || !day.isAfter(stayingPutTo));
    }

    CareLeaver withCategory(EligibilityCategory newCategory, LocalDate from) {
        return new CareLeaver(personId, newCategory, from, pathwayPlanAgreedOn, stayingPutFrom, stayingPutTo,
                extendedSupportRequestedOn, supportEndedOn, version, updatedAt, updatedBy);
    }

    CareLeaver withPathwayPlanAgreedOn(LocalDate agreedOn) {
        return new CareLeaver(personId, category, categoryFrom, agreedOn, stayingPutFrom, stayingPutTo,
                extendedSupportRequestedOn, supportEndedOn, version, updatedAt, updatedBy);
    }

    CareLeaver withSupport(LocalDate newStayingPutFrom, LocalDate newStayingPutTo, LocalDate newExtendedRequestedOn,
                           LocalDate newSupportEndedOn) {
        return new CareLeaver(personId, category, categoryFrom, pathwayPlanAgreedOn, newStayingPutFrom, newStayingPutTo,
                newExtendedRequestedOn, newSupportEndedOn, version, updatedAt, updatedBy);
    }
}
